// Issue 14 §8: the vault's pair is generated to fit what the MC form states (length, allowed characters,
// required kinds, the field's pattern), keeping the clerk's own choices where the form allows them.
import { describe, expect, it } from 'vitest';
import {
  describeConstraints,
  generatePasswordPairFitting,
  type PagePasswordConstraints,
  PasswordRulesError,
  satisfiesConstraints,
} from '../../../lib/vault';

const rules = (c: Partial<PagePasswordConstraints>): PagePasswordConstraints => ({
  patterns: [],
  requires: [],
  ...c,
});

const pairs = (c: PagePasswordConstraints, base = {}) =>
  Array.from({ length: 20 }, () => generatePasswordPairFitting(c, base));

describe('the generated pair fits the form', () => {
  it('"8–16 characters, letters and digits only" with a pattern: 16 letters and digits', () => {
    const c = rules({ minLength: 8, maxLength: 16, noSymbols: true, patterns: ['[A-Za-z0-9]{8,16}'] });
    for (const pair of pairs(c)) {
      for (const p of [pair.revocation, pair.p12]) {
        expect(p).toMatch(/^[A-Za-z0-9]{16}$/);
        expect(satisfiesConstraints(p, c)).toBe(true);
      }
      expect(pair.revocation).not.toBe(pair.p12);
    }
  });

  it('a pattern alone (no rule text) is met: symbols are dropped when the pattern refuses them', () => {
    const c = rules({ patterns: ['[A-Za-z0-9]{10,20}'] });
    for (const pair of pairs(c)) expect(pair.revocation).toMatch(/^[A-Za-z0-9]{10,20}$/);
  });

  it('the listed special characters only, and the kinds the form requires', () => {
    const c = rules({ minLength: 12, allowedSymbols: '!@#%', requires: ['upper', 'digits', 'symbols'] });
    for (const pair of pairs(c))
      for (const p of [pair.revocation, pair.p12]) {
        expect(p.replace(/[A-Za-z0-9]/g, '')).toMatch(/^[!@#%]+$/);
        expect(p).toMatch(/[A-Z]/);
        expect(p).toMatch(/[0-9]/);
      }
  });

  it('a pattern that names its symbols, with no list in the text, gets those symbols only, every time', () => {
    const c = rules({
      minLength: 12,
      maxLength: 16,
      requires: ['upper', 'lower', 'digits', 'symbols'],
      patterns: ['(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])(?=.*[!@#%*])[A-Za-z0-9!@#%*]{12,16}'],
    });
    // Drawn from the whole safe set, about one pair in six failed this pattern; 300 pairs, none may.
    for (let i = 0; i < 300; i++) {
      const pair = generatePasswordPairFitting(c);
      for (const p of [pair.revocation, pair.p12]) expect(satisfiesConstraints(p, c)).toBe(true);
    }
  });

  it("keeps the clerk's choices the form allows: no symbols asked, none given; the length kept", () => {
    const c = rules({ minLength: 10, requires: ['upper'] });
    for (const pair of pairs(c, { length: 24, classes: ['lower', 'upper', 'digits'] })) {
      expect(pair.revocation).toMatch(/^[A-Za-z0-9]{24}$/);
      expect(pair.revocation).toMatch(/[A-Z]/);
    }
  });

  it('adds a kind the form requires that the clerk left out', () => {
    const c = rules({ requires: ['symbols'] });
    for (const pair of pairs(c, { classes: ['lower', 'digits'] })) expect(pair.p12).toMatch(/[^A-Za-z0-9]/);
  });

  it('refuses, in Polish, a form that allows only unsafe lengths', () => {
    expect(() => generatePasswordPairFitting(rules({ maxLength: 8 }))).toThrow(PasswordRulesError);
    expect(() => generatePasswordPairFitting(rules({ maxLength: 8 }))).toThrow(/najwyżej 8-znakowe/);
  });

  it('tells the clerk what the pair was fitted to, without a password', () => {
    expect(
      describeConstraints(
        rules({ minLength: 8, maxLength: 16, noSymbols: true, requires: ['upper', 'digits'] }),
      ),
    ).toBe(
      'Hasła dopasowano do wymagań formularza MC: od 8 do 16 znaków, tylko litery i cyfry, co najmniej: wielka litera, cyfra.',
    );
    // Polish plurals: 64 znaki, 12 znaków, 22 znaki.
    expect(describeConstraints(rules({ maxLength: 64 }))).toContain('najwyżej 64 znaki.');
    expect(describeConstraints(rules({ minLength: 12 }))).toContain('co najmniej 12 znaków.');
    expect(describeConstraints(rules({ minLength: 22, maxLength: 22 }))).toContain('dokładnie 22 znaki.');
    expect(describeConstraints(rules({}))).toContain('nie podaje wymagań');
  });
});
