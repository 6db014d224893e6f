import { z } from 'zod';

export const CHARACTER_CLASSES = ['lower', 'upper', 'digits', 'symbols'] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

/**
 * Symbols that web forms accept and that survive copy-paste, e-mail and CSV: no quotes, backslash,
 * angle brackets, spaces or characters that keyboards type differently.
 */
export const DEFAULT_SYMBOLS = '!@#$%^&*()-_=+?';
/** Characters easy to misread when a password is dictated or copied by hand. */
export const LOOK_ALIKES = '0O1lI';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
export const DEFAULT_PASSWORD_LENGTH = 20;

const LETTERS_OR_DIGITS = /[A-Za-z0-9]/;
const PRINTABLE_ASCII_NO_SPACE = /^[!-~]+$/;

export const PasswordRulesSchema = z
  .object({
    length: z
      .number({ error: 'Długość hasła musi być liczbą.' })
      .int({ error: 'Długość hasła musi być liczbą całkowitą.' })
      .min(MIN_PASSWORD_LENGTH, {
        error: `Hasło musi mieć co najmniej ${MIN_PASSWORD_LENGTH} znaków – krótsze łatwiej złamać.`,
      })
      .max(MAX_PASSWORD_LENGTH, { error: `Hasło może mieć najwyżej ${MAX_PASSWORD_LENGTH} znaków.` })
      .default(DEFAULT_PASSWORD_LENGTH),
    /** Classes that must each appear at least `minPerClass` times; the password draws only from them. */
    classes: z
      .array(z.enum(CHARACTER_CLASSES, { error: 'Nieznany rodzaj znaków.' }))
      .min(1, { error: 'Wybierz co najmniej jeden rodzaj znaków.' })
      .transform((classes) => [...new Set(classes)])
      .default([...CHARACTER_CLASSES]),
    minPerClass: z
      .number()
      .int({ error: 'Minimalna liczba znaków każdego rodzaju musi być liczbą całkowitą.' })
      .min(1, { error: 'Każdy wybrany rodzaj znaków musi wystąpić co najmniej raz.' })
      .default(1),
    excludeLookAlikes: z.boolean().default(false),
    /** Override when a form rejects some of the default symbols. */
    symbols: z
      .string()
      .regex(PRINTABLE_ASCII_NO_SPACE, {
        error: 'Znaki specjalne: tylko drukowalne znaki ASCII, bez spacji.',
      })
      .refine((symbols) => !LETTERS_OR_DIGITS.test(symbols), {
        error: 'Zestaw znaków specjalnych nie może zawierać liter ani cyfr.',
      })
      .default(DEFAULT_SYMBOLS),
  })
  .superRefine((rules, ctx) => {
    const needed = rules.classes.length * rules.minPerClass;
    if (rules.length < needed) {
      ctx.addIssue({
        code: 'custom',
        path: ['length'],
        message: `Hasło o długości ${rules.length} nie pomieści wymaganych znaków (${rules.classes.length} rodzaje × ${rules.minPerClass} = ${needed}). Wydłuż hasło albo zmniejsz wymagania.`,
      });
    }
  });

export type PasswordRules = z.output<typeof PasswordRulesSchema>;
export type PasswordRulesInput = z.input<typeof PasswordRulesSchema>;

export type ParsedRules = { ok: true; rules: PasswordRules } | { ok: false; messages: string[] };

export function parsePasswordRules(input: PasswordRulesInput = {}): ParsedRules {
  const result = PasswordRulesSchema.safeParse(input);
  if (result.success) return { ok: true, rules: result.data };
  return { ok: false, messages: result.error.issues.map((issue) => issue.message) };
}

/** The characters a class may use under the rules (look-alikes removed when asked). */
export function alphabetOf(characterClass: CharacterClass, rules: PasswordRules): string {
  const base = {
    lower: 'abcdefghijklmnopqrstuvwxyz',
    upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    digits: '0123456789',
    symbols: [...new Set(rules.symbols)].join(''),
  }[characterClass];
  return rules.excludeLookAlikes ? [...base].filter((char) => !LOOK_ALIKES.includes(char)).join('') : base;
}
