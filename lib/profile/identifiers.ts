/**
 * Polish identifiers with their check digits (rules in docs/PROCESS.md).
 * Each check takes the raw user input and answers with a Polish message, or null when valid,
 * so the same function serves the schema, the popup (as they type) and import.
 */

const digitsOf = (value: string): number[] => [...value].map(Number);

function weightedMod11(digits: number[], weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0) % 11;
}

/** Removes the spaces and dashes people type inside numbers ("123-456-32-18"). */
export function stripSeparators(value: string): string {
  return value.replace(/[\s-]/g, '');
}

const REGON9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];
const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

function regonCheckDigitOk(digits: number[], weights: number[]): boolean {
  // A remainder of 10 counts as check digit 0 (GUS rule).
  return weightedMod11(digits, weights) % 10 === digits[weights.length];
}

export function regonError(input: string): string | null {
  const value = stripSeparators(input);
  if (!/^\d+$/.test(value)) return 'REGON może zawierać tylko cyfry.';
  if (value.length !== 9 && value.length !== 14)
    return `REGON ma 9 albo 14 cyfr, a wpisano ${value.length}. Sprawdź numer w rejestrze REGON.`;
  const digits = digitsOf(value);
  if (value.length === 14) {
    if (!regonCheckDigitOk(digits.slice(0, 9), REGON9_WEIGHTS) || !regonCheckDigitOk(digits, REGON14_WEIGHTS))
      return 'Błędna cyfra kontrolna REGON: to nie jest prawidłowy numer. Sprawdź, czy nie ma literówki.';
    return null;
  }
  if (!regonCheckDigitOk(digits, REGON9_WEIGHTS))
    return 'Błędna cyfra kontrolna REGON: to nie jest prawidłowy numer. Sprawdź, czy nie ma literówki.';
  return null;
}

export function nipError(input: string): string | null {
  const value = stripSeparators(input).replace(/^PL/i, '');
  if (!/^\d+$/.test(value)) return 'NIP może zawierać tylko cyfry (myślniki i spacje są dopuszczalne).';
  if (value.length !== 10) return `NIP ma 10 cyfr, a wpisano ${value.length}.`;
  const digits = digitsOf(value);
  const check = weightedMod11(digits, NIP_WEIGHTS);
  if (check === 10 || check !== digits[9])
    return 'Błędna cyfra kontrolna NIP: to nie jest prawidłowy numer. Sprawdź, czy nie ma literówki.';
  return null;
}

/** NIP is stored as digits only; people may type it with dashes or a PL prefix. */
export function normalizeNip(input: string): string {
  return stripSeparators(input).replace(/^PL/i, '');
}

const TERYT_KINDS = new Set(['1', '2', '3', '4', '5', '8', '9']);

export function terytError(input: string): string | null {
  const value = stripSeparators(input);
  if (!/^\d{7}$/.test(value))
    return 'Kod TERYT gminy ma 7 cyfr: województwo, powiat, gmina i rodzaj gminy (np. 3002022).';
  const voivodeship = Number(value.slice(0, 2));
  if (voivodeship < 2 || voivodeship > 32 || voivodeship % 2 !== 0)
    return 'Kod TERYT zaczyna się od kodu województwa: parzystej liczby od 02 do 32.';
  if (!TERYT_KINDS.has(value[6] ?? '')) return 'Ostatnia cyfra kodu TERYT to rodzaj gminy: 1–5, 8 lub 9.';
  return null;
}

export function postalCodeError(input: string): string | null {
  return /^\d{2}-\d{3}$/.test(input.trim()) ? null : 'Kod pocztowy ma postać 00-000, np. 62-720.';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

export function emailError(input: string): string | null {
  return EMAIL.test(input.trim())
    ? null
    : 'Podaj adres e-mail w postaci nazwa@domena.pl (na ten adres odpowie MC).';
}

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function domainError(input: string): string | null {
  const value = input.trim();
  if (/^[a-z]+:\/\//i.test(value) || value.includes('/'))
    return 'Podaj samą nazwę domeny, bez http:// i bez ukośników, np. eurzad.brudzew.pl.';
  if (value !== value.toLowerCase()) return 'Domenę zapisuje się małymi literami, np. eurzad.brudzew.pl.';
  const labels = value.split('.');
  if (
    labels.length < 2 ||
    !labels.every((label) => HOST_LABEL.test(label)) ||
    !/^[a-z]{2,}$/.test(labels.at(-1) ?? '')
  )
    return 'To nie jest poprawna nazwa domeny. Przykład: eurzad.brudzew.pl.';
  return null;
}

/**
 * Platform domain suggestion: the project rule is `eurzad.` + the municipality's own domain,
 * which we learn from its official e-mail address.
 */
export function suggestPlatformDomain(email: string): string | null {
  const domain = email.trim().toLowerCase().split('@')[1];
  if (!domain || domainError(domain)) return null;
  return `eurzad.${domain.replace(/^(www|eurzad)\./, '')}`;
}

/** An office's extension after the number: "w. 12", "wew. 12", "wewn. 12". */
const PHONE_EXTENSION = /[\s,]*(?:w|wew|wewn)\.?\s*\d{1,6}$/i;

export function phoneError(input: string): string | null {
  const number = input.trim().replace(PHONE_EXTENSION, '');
  const digits = number.replace(/[\s()-]/g, '').replace(/^(\+48|0048)/, '');
  return /^\d{9}$/.test(digits)
    ? null
    : 'Numer telefonu ma 9 cyfr (np. 63 272 10 00), można poprzedzić go +48 i dodać numer wewnętrzny (w. 12).';
}

/**
 * ePUAP identifiers: the real rules are not published (docs/PROCESS.md). Organisation identifiers are
 * up to 100 characters, chosen (`UMLublin`) or generated (`ah7qcy621b`); we accept letters, digits,
 * dot, dash and underscore, which covers every identifier seen in public ESP addresses.
 */
export function epuapIdError(input: string): string | null {
  if (!/^[A-Za-z0-9._-]{2,100}$/.test(input.trim()))
    return 'Identyfikator podmiotu publicznego to 2–100 liter (bez polskich znaków), cyfr, kropek, myślników lub podkreśleń, np. UGBrudzew. Znajdziesz go w górnym banerze ePUAP („Organizacja”).';
  return null;
}

export function epuapLoginError(input: string): string | null {
  if (!/^[A-Za-z0-9._@-]{3,100}$/.test(input.trim()))
    return 'Login ePUAP to 3–100 znaków: litery bez polskich znaków, cyfry, kropki, myślniki, podkreślenia. Widać go w górnym banerze ePUAP („Zalogowany”).';
  return null;
}
