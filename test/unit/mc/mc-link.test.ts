import { describe, expect, it } from 'vitest';
import { checkMcLink, originPattern } from '../../../lib/sites/mc';

describe("MC's approval link", () => {
  it('asks access for the link’s own site only', () => {
    const check = checkMcLink('  https://formularz-mc.example.gov.pl/wniosek/7f3a?t=1 ');
    expect(check).toEqual({
      ok: true,
      url: 'https://formularz-mc.example.gov.pl/wniosek/7f3a?t=1',
      origin: 'https://formularz-mc.example.gov.pl',
    });
    expect(originPattern('https://formularz-mc.example.gov.pl')).toBe(
      'https://formularz-mc.example.gov.pl/*',
    );
  });

  it.each([
    ['', 'Wklej link'],
    ['formularz-mc.example.gov.pl/wniosek', 'pełny adres'],
    ['http://formularz-mc.example.gov.pl/wniosek', 'https://'],
    ['https://localhost/wniosek', 'nie wygląda na adres strony MC'],
  ])('refuses %j with a Polish message saying what to paste', (input, words) => {
    const check = checkMcLink(input);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toContain(words);
  });
});
