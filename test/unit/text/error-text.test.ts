import { describe, expect, it } from 'vitest';
import { errorText } from '../../../lib/text/errors';

describe('what a clerk is told when something failed', () => {
  it("is the error's own message", () => {
    expect(errorText(new Error('Nie zapisano danych z banera.'))).toBe('Nie zapisano danych z banera.');
    expect(errorText(new Error('Brak NIP.'), 'Nie udało się zapisać.')).toBe('Brak NIP.');
  });

  it('is the fallback when what was thrown says nothing', () => {
    expect(errorText('boom', 'Nie udało się zapisać.')).toBe('Nie udało się zapisać.');
    expect(errorText(new Error(''), 'Nie udało się zapisać.')).toBe('Nie udało się zapisać.');
    expect(errorText(undefined, '')).toBe('');
  });

  it('is the thrown value as text when there is no fallback', () => {
    expect(errorText('Przekroczono czas.')).toBe('Przekroczono czas.');
    expect(errorText(42)).toBe('42');
  });
});
