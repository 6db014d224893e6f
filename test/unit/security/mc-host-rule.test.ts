import { describe, expect, it } from 'vitest';
import { assertOrigin, TAB_MESSAGING_MESSAGES } from '../../../lib/messaging/tabs';
import { isExpectedMcHost, mcHostWarning } from '../../../lib/protocol/mc-host';

describe('the MC host is the one the clerk means', () => {
  it('a gov.pl host needs no confirmation', () => {
    expect(mcHostWarning('https://formularz.mc.gov.pl/wniosek/7f3a')).toBeNull();
    expect(isExpectedMcHost('gov.pl')).toBe(true);
    expect(isExpectedMcHost('FORMULARZ.MC.GOV.PL.')).toBe(true);
  });

  it('any other host gets a Polish warning naming it', () => {
    for (const link of [
      'https://mc-gov.pl/wniosek',
      'https://formularz.mc.gov.pl.evil.example/wniosek',
      'https://gov.pl-formularz.example/',
      'https://xn--gv-xka.pl/',
    ]) {
      const host = new URL(link).hostname;
      expect(mcHostWarning(link), link).toContain(`link prowadzi do strony ${host}`);
      expect(mcHostWarning(link)).toMatch(/nie należy do administracji rządowej/);
    }
  });
});

describe('the injected MC script acts only on the expected origin', () => {
  it('refuses the passwords when the tab shows another site', () => {
    expect(() => assertOrigin('https://formularz.mc.gov.pl', 'https://evil.example')).toThrow(
      TAB_MESSAGING_MESSAGES.wrongOrigin('https://formularz.mc.gov.pl'),
    );
    expect(() => assertOrigin('https://formularz.mc.gov.pl', 'https://formularz.mc.gov.pl')).not.toThrow();
  });
});
