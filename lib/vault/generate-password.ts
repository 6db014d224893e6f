import {
  alphabetOf,
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
