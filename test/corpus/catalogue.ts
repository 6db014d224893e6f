// The public-body directory the replica pages search in, as a JS literal for their inline scripts.

export interface Entity {
  name: string;
  esp: string;
  address: string;
  id: string;
}

const BASE: Entity[] = [
  {
    name: 'Departament Cyfryzacji Ministerstwa Cyfryzacji',
    esp: '/MC/DC',
    address: 'ul. Królewska 27, 00-060 Warszawa',
    id: 'PP-10442',
  },
  {
    name: 'Ministerstwo Cyfryzacji - Centralny Ośrodek Informatyki',
    esp: '/COI/SkrytkaESP',
    address: 'al. Jana Pawła II 21, 01-031 Warszawa',
    id: 'PP-20917',
  },
  {
    name: 'Ministerstwo Cyfryzacji',
    esp: '/MC/SkrytkaESP',
    address: 'ul. Królewska 27, 00-060 Warszawa',
    id: 'PP-00173',
  },
  {
    name: 'Ministerstwo Cyfrowej Transformacji',
    esp: '/MCT/skrytka',
    address: 'ul. Nowa 5, 00-001 Warszawa',
    id: 'PP-31822',
  },
  {
    name: 'Departament Zarządzania Systemami Ministerstwa Cyfryzacji',
    esp: '/MC/DZS',
    address: 'ul. Królewska 27, 00-060 Warszawa',
    id: 'PP-10448',
  },
  {
    name: 'Ministerstwo Finansów',
    esp: '/MF/SkrytkaESP',
    address: 'ul. Świętokrzyska 12, 00-916 Warszawa',
    id: 'PP-00211',
  },
  {
    name: 'Ministerstwo Spraw Wewnętrznych i Administracji',
    esp: '/MSWiA/SkrytkaESP',
    address: 'ul. Stefana Batorego 5, 02-591 Warszawa',
    id: 'PP-00190',
  },
  {
    name: 'Urząd Gminy Brudzew',
    esp: '/UGBrudzew/SkrytkaESP',
    address: 'ul. Turecka 18, 62-720 Brudzew',
    id: 'PP-55120',
  },
];

export const SECOND_MC: Entity = {
  name: 'Ministerstwo Cyfryzacji',
  esp: '/MC/Dokumenty',
  address: 'ul. Królewska 27, 00-060 Warszawa',
  id: 'PP-00174',
};

export type Scenario = 'filled' | 'no-recipient' | 'ambiguous-recipient';

/** The directory for a scenario: one exact match, none, or two equal names with different ESP addresses. */
export function catalogue(scenario: Scenario, shift = 0): Entity[] {
  let list = BASE.slice();
  if (scenario === 'no-recipient') list = list.filter((e) => e.esp !== '/MC/SkrytkaESP');
  if (scenario === 'ambiguous-recipient') list.splice(4, 0, SECOND_MC);
  // rotate so the exact match is not always at the same position
  const n = shift % list.length;
  return [...list.slice(n), ...list.slice(0, n)];
}

/** Inline-script source: `var KATALOG = [...]; function szukajWKatalogu(q) {...}` (prefix match per word). */
export function catalogueJs(scenario: Scenario, shift = 0): string {
  return `var KATALOG = ${JSON.stringify(catalogue(scenario, shift))};
function normalizujTekst(s) { return String(s).toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/ł/g, 'l'); }
function szukajWKatalogu(q) {
  var words = normalizujTekst(q).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; });
  if (!words.length) return [];
  return KATALOG.filter(function (p) {
    var n = normalizujTekst(p.name + ' ' + p.esp);
    return words.some(function (w) { return n.indexOf(w.slice(0, Math.min(w.length, 7))) >= 0; });
  });
}`;
}
