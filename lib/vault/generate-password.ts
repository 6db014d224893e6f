import { type PagePasswordConstraints, satisfiesConstraints } from './page-constraints';
import {
  alphabetOf,
  type CharacterClass,
  DEFAULT_PASSWORD_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  type PasswordRules,
  type PasswordRulesInput,
  parsePasswordRules,
} from './password-rules';
import { randomIndex, shuffled } from './random';

/** Thrown for rules that cannot produce a safe password; the message is Polish and says what to change. */
export class PasswordRulesError extends Error {
  override readonly name = 'PasswordRulesError';
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomIndex(alphabet.length));
}

function generateWith(rules: PasswordRules): string {
  const alphabets = rules.classes.map((characterClass) => alphabetOf(characterClass, rules));
  const everything = alphabets.join('');
  // The guaranteed characters first, the rest from all allowed classes; then a CSPRNG shuffle puts the
  // guaranteed ones at random positions (otherwise the first four characters would leak their classes).
  const guaranteed = alphabets.flatMap((alphabet) =>
    Array.from({ length: rules.minPerClass }, () => pick(alphabet)),
  );
  const rest = Array.from({ length: rules.length - guaranteed.length }, () => pick(everything));
  return shuffled([...guaranteed, ...rest]).join('');
}

function validRules(input: PasswordRulesInput): PasswordRules {
  const parsed = parsePasswordRules(input);
  if (!parsed.ok) throw new PasswordRulesError(parsed.messages);
  return parsed.rules;
}

/** A random password following the rules (defaults: 20 characters, all four classes). */
export function generatePassword(rules: PasswordRulesInput = {}): string {
  return generateWith(validRules(rules));
}

export interface PasswordPair {
  /** Revokes the certificate (unieważnienie certyfikatu). */
  revocation: string;
  /** Protects the .p12 file with the private key; the coordinator needs it to install the key. */
  p12: string;
}

/** The two passwords the MC form asks for; never equal, so leaking one does not give away the other. */
export function generatePasswordPair(rules: PasswordRulesInput = {}): PasswordPair {
  const valid = validRules(rules);
  const revocation = generateWith(valid);
  let p12 = generateWith(valid);
  while (p12 === revocation) p12 = generateWith(valid);
  return { revocation, p12 };
}

/**
 * Two passwords that fit what the page states. Tries the strongest rules first (every character kind,
 * 20 characters or the longest the page allows), then safer symbol sets, then letters and digits only,
 * and keeps the first rules whose passwords pass every stated check. Throws PasswordRulesError (Polish)
 * when the page's rules cannot be met with a safe password (e.g. at most 8 characters).
 */
export function generatePasswordPairFitting(
  constraints: PagePasswordConstraints,
  base: PasswordRulesInput = {},
): PasswordPair {
  const candidates = rulesFor(constraints, base);
  for (const rules of candidates) {
    const parsed = parsePasswordRules(rules);
    if (!parsed.ok) continue;
    for (let attempt = 0; attempt < 12; attempt++) {
      const pair = generatePasswordPair(parsed.rules);
      if (satisfiesConstraints(pair.revocation, constraints) && satisfiesConstraints(pair.p12, constraints))
        return pair;
    }
  }
  const max = constraints.maxLength;
  throw new PasswordRulesError([
    max !== undefined && max < MIN_PASSWORD_LENGTH
      ? `Formularz przyjmuje hasła najwyżej ${max}-znakowe, a bezpieczne hasło ma co najmniej ${MIN_PASSWORD_LENGTH} znaków. Wpisz hasła ręcznie i zapisz je w sejfie.`
      : 'Nie udało się utworzyć hasła spełniającego zasady formularza. Sprawdź zasady podane na stronie i wpisz hasła ręcznie.',
  ]);
}

const SAFE_SYMBOLS = '!@#$%*-_';

/**
 * Candidate rules, strongest first. The clerk's choices (length, kinds of characters, symbols, no
 * look-alikes) are kept where the page allows them; what the page requires is added, what it forbids
 * (symbols, a length) is taken away.
 */
function rulesFor(c: PagePasswordConstraints, base: PasswordRulesInput): PasswordRulesInput[] {
  const wanted = base.length ?? DEFAULT_PASSWORD_LENGTH;
  const length = Math.min(
    Math.max(wanted, c.minLength ?? 0, MIN_PASSWORD_LENGTH),
    c.maxLength ?? MAX_PASSWORD_LENGTH,
  );
  const all: CharacterClass[] = ['lower', 'upper', 'digits', 'symbols'];
  const chosen = [...new Set([...(base.classes ?? all), ...c.requires])];
  const pageSymbols = c.allowedSymbols?.replace(/[A-Za-z0-9\s]/g, '') || undefined;
  const fromClerk =
    base.symbols && pageSymbols ? [...base.symbols].filter((ch) => pageSymbols.includes(ch)) : [];
  const symbols = fromClerk.length > 0 ? fromClerk.join('') : (pageSymbols ?? base.symbols);
  const out: PasswordRulesInput[] = [];
  // Without a list on the page, its pattern names the symbols it takes ("[A-Za-z0-9!@#%*]{12,16}").
  const named = [...SAFE_SYMBOLS].filter(
    (ch) => c.patterns.length > 0 && c.patterns.every((p) => p.includes(ch)),
  );
  if (!c.noSymbols && chosen.includes('symbols')) {
    if (!pageSymbols && named.length > 0)
      out.push({ ...base, length, classes: chosen, symbols: named.join('') });
    out.push({ ...base, length, classes: chosen, ...(symbols ? { symbols } : {}) });
    if (!pageSymbols) out.push({ ...base, length, classes: chosen, symbols: SAFE_SYMBOLS });
  }
  const plain = chosen.filter((k) => k !== 'symbols');
  if (!c.requires.includes('symbols') && plain.length > 0) out.push({ ...base, length, classes: plain });
  // The clerk's kinds may be too few for the page's pattern: letters and digits of every kind last.
  if (!c.requires.includes('symbols')) out.push({ ...base, length, classes: ['lower', 'upper', 'digits'] });
  return out;
}
