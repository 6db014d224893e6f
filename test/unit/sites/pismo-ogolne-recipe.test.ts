import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../lib/autofill';
import {
  PISMO_ATTACHMENT_HINT,
  PISMO_RECIPIENT,
  PISMO_RODZAJ,
  PISMO_TRESC,
  PISMO_TYTUL,
  pismoOgolneRecipe,
} from '../../../lib/sites/epuap';

describe('the Pismo ogólne recipe carries the exact texts of the instructions', () => {
  it('has the seed texts, word for word', () => {
    expect(PISMO_RECIPIENT).toBe('Ministerstwo Cyfryzacji');
    expect(PISMO_RODZAJ).toBe('Wniosek');
    expect(PISMO_TYTUL).toBe('Wniosek o wydanie certyfikatu dla systemu teleinformatycznego');
    expect(PISMO_TRESC).toBe(
      'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP',
    );
    expect(PISMO_ATTACHMENT_HINT).toMatch(/PDF lub JPG/);
    expect(PISMO_ATTACHMENT_HINT).toMatch(/3–5 MB/);
  });

  it('plans recipient, kind, title, body and attachment in that order with those values', () => {
    const plan = buildPlan(pismoOgolneRecipe);
    expect(plan.fields.map((f) => [f.key, f.kind, f.value])).toEqual([
      ['recipient', 'recipient-search', PISMO_RECIPIENT],
      ['rodzaj', 'select', PISMO_RODZAJ],
      ['tytul', 'text', PISMO_TYTUL],
      ['tresc', 'textarea', PISMO_TRESC],
      ['zalacznik', 'file', undefined],
    ]);
    expect(plan.fields[4]?.hint).toBe(PISMO_ATTACHMENT_HINT);
  });
});
