/** A real-looking municipality with valid check digits (REGON and NIP computed by their rules). */
export const BRUDZEW = {
  municipality: 'Gmina Brudzew',
  officeName: 'Urząd Gminy Brudzew',
  street: 'ul. Turecka',
  buildingNumber: '18',
  postalCode: '62-720',
  town: 'Brudzew',
  regon: '311019349',
  nip: '6681002396',
  email: 'sekretariat@brudzew.pl',
  phone: '63 288 40 02',
  signatoryName: 'Jan Nowak',
  epuapLogin: 'jnowak_ug',
  epuapOrgId: 'UGBrudzew',
};
