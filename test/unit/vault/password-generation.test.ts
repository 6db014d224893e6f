import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SYMBOLS,
  generatePassword,
  generatePasswordPair,
  LOOK_ALIKES,
  PasswordRulesError,
  parsePasswordRules,
} from '../../../lib/vault';
import { randomIndex, shuffled } from '../../../lib/vault/random';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

const countIn = (password: string, alphabet: string) =>
  [...password].filter((c) => alphabet.includes(c)).length;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generatePassword', () => {
  it('defaults to 20 characters with lower, upper, digits and form-safe symbols, every time', () => {
    const allowed = LOWER + UPPER + DIGITS + DEFAULT_SYMBOLS;
    for (let i = 0; i < 2000; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(20);
      for (const alphabet of [LOWER, UPPER, DIGITS, DEFAULT_SYMBOLS])
        expect(countIn(password, alphabet)).toBeGreaterThan(0);
      expect([...password].every((c) => allowed.includes(c))).toBe(true);
    }
  });

  it('uses only the classes asked for, and the symbols given', () => {
    for (let i = 0; i < 500; i++) {
      const digitsOnly = generatePassword({ length: 12, classes: ['digits'] });
      expect(digitsOnly).toMatch(/^\d{12}$/);
      const custom = generatePassword({ length: 16, classes: ['lower', 'symbols'], symbols: '#-' });
      expect(custom).toMatch(/^[a-z#-]{16}$/);
      expect(custom).toMatch(/[#-]/);
    }
  });

  it('places at least minPerClass characters of each required class', () => {
    for (let i = 0; i < 500; i++) {
      const password = generatePassword({ length: 12, minPerClass: 3 });
      for (const alphabet of [LOWER, UPPER, DIGITS, DEFAULT_SYMBOLS])
        expect(countIn(password, alphabet)).toBeGreaterThanOrEqual(3);
    }
  });

  it('leaves out look-alikes (0/O, 1/l/I) when asked', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const c of generatePassword({ excludeLookAlikes: true })) seen.add(c);
    for (const c of LOOK_ALIKES) expect(seen.has(c)).toBe(false);
    expect(seen.size).toBe(26 + 26 + 10 + DEFAULT_SYMBOLS.length - LOOK_ALIKES.length);
  });

  it('uses every allowed character, evenly within each class (distribution sanity)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++)
      for (const c of generatePassword()) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const alphabet of [LOWER, UPPER, DIGITS, DEFAULT_SYMBOLS]) {
      const inClass = [...alphabet].map((c) => counts.get(c) ?? 0);
      // ~700–1200 draws per character: a fair generator stays well within ±30 % of the class's mean.
      const mean = inClass.reduce((a, b) => a + b, 0) / inClass.length;
      for (const count of inClass) {
        expect(count).toBeGreaterThan(mean * 0.7);
        expect(count).toBeLessThan(mean * 1.3);
      }
    }
  });

  it('puts the guaranteed characters at random positions, not always first', () => {
    const firstIsSymbol = Array.from({ length: 400 }, () => generatePassword()).filter((p) =>
      DEFAULT_SYMBOLS.includes(p.charAt(0)),
    ).length;
    // A symbol first about 1 time in 4 (1 guaranteed + share of the rest), never always or never.
    expect(firstIsSymbol).toBeGreaterThan(20);
    expect(firstIsSymbol).toBeLessThan(250);
  });
});

describe('generatePasswordPair', () => {
  it('gives two different passwords, one to revoke the certificate and one for the p12 file', () => {
    for (let i = 0; i < 500; i++) {
      const { revocation, p12 } = generatePasswordPair();
      expect(revocation).toHaveLength(20);
      expect(p12).toHaveLength(20);
      expect(revocation).not.toBe(p12);
    }
  });

  it('draws again when the two happen to be equal', () => {
    // Force the first two passwords to be identical: the generator must not hand them out as a pair.
    const real = crypto.getRandomValues.bind(crypto);
    let calls = 0;
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(
      <T extends ArrayBufferView | null>(array: T): T => {
        calls++;
        if (calls <= 200 && array instanceof Uint32Array) {
          array.fill(0);
          return array;
        }
        return real(array as Uint32Array) as unknown as T;
      },
    );
    const pair = generatePasswordPair({ length: 12, classes: ['lower'] });
    expect(pair.revocation).not.toBe(pair.p12);
  });
});

describe('password rules are validated with Polish messages', () => {
  it('refuses a password shorter than 12 characters', () => {
    const parsed = parsePasswordRules({ length: 11 });
    expect(parsed).toEqual({
      ok: false,
      messages: ['Hasło musi mieć co najmniej 12 znaków – krótsze łatwiej złamać.'],
    });
    expect(() => generatePassword({ length: 8 })).toThrow(PasswordRulesError);
  });

  it('refuses a length too small for the required classes', () => {
    const parsed = parsePasswordRules({ length: 12, minPerClass: 4 });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.messages[0]).toContain('nie pomieści wymaganych znaków');
  });

  it('refuses no classes, unknown classes, fractional lengths and symbols containing letters', () => {
    for (const rules of [
      { classes: [] },
      { classes: ['emoji'] },
      { length: 15.5 },
      { symbols: 'a!' },
      { symbols: 'ą!' },
      { length: 500 },
    ]) {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong input.
      const parsed = parsePasswordRules(rules as any);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.messages.every((m) => /[a-ząćęłńóśźż]/i.test(m))).toBe(true);
    }
  });

  it('the error thrown carries the Polish messages', () => {
    try {
      generatePasswordPair({ classes: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PasswordRulesError);
      expect((error as PasswordRulesError).messages).toEqual(['Wybierz co najmniej jeden rodzaj znaków.']);
    }
  });
});

describe('CSPRNG helpers', () => {
  it('randomIndex rejects values from the incomplete last block instead of folding them (no modulo bias)', () => {
    const n = 2 ** 31 + 1; // values ≥ 2^31 + 1 fall in the incomplete block
    const values = [3_000_000_000, 5];
    const spy = vi
      .spyOn(crypto, 'getRandomValues')
      .mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
        (array as unknown as Uint32Array)[0] = values.shift() ?? 0;
        return array;
      });
    expect(randomIndex(n)).toBe(5); // 3e9 % n would have been 852516351
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('randomIndex stays in range and shuffled keeps every item', () => {
    for (let i = 0; i < 1000; i++) {
      const value = randomIndex(7);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(7);
    }
    expect(shuffled([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => randomIndex(0)).toThrow(RangeError);
  });
});
