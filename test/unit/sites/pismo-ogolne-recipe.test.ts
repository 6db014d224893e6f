import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../lib/autofill';
import {
  PISMO_ATTACHMENT_HINT,
  PISMO_LETTER_BODY,
  PISMO_LETTER_TITLE,
  PISMO_LETTER_TYPE,
  PISMO_RECIPIENT,
  pismoOgolneRecipe,
} from '../../../lib/sites/epuap';
import { seedRecipient, seedValue } from '../seed';

/** The letter as the seed (docs/seed-instrukcja.txt, "Wysłanie wniosku") dictates it. */
const LETTER = {
  recipient: seedRecipient(),
  letterType: seedValue('Rodzaj pisma'),
  title: seedValue('Tytuł'),
  body: seedValue('Treść'),
};

describe('the Pismo ogólne recipe carries the exact texts of the instructions', () => {
  it('reads the letter from the seed', () => {
    // The seed's own words, so a broken reader cannot pass for a match.
    expect(LETTER.recipient).toBe('Ministerstwo Cyfryzacji');
    expect(LETTER.title.startsWith('Wniosek o wydanie certyfikatu')).toBe(true);
  });

  it('has the seed texts, word for word', () => {
    expect({
      recipient: PISMO_RECIPIENT,
      letterType: PISMO_LETTER_TYPE,
      title: PISMO_LETTER_TITLE,
      body: PISMO_LETTER_BODY,
    }).toEqual(LETTER);
    expect(PISMO_ATTACHMENT_HINT).toMatch(/PDF lub JPG/);
    expect(PISMO_ATTACHMENT_HINT).toMatch(/3–5 MB/);
  });

  it('plans recipient, kind, title, body and attachment in that order with the seed values', () => {
    const plan = buildPlan(pismoOgolneRecipe);
    expect(plan.fields.map((f) => [f.key, f.kind, f.value])).toEqual([
      ['recipient', 'recipient-search', LETTER.recipient],
      ['letterType', 'select', LETTER.letterType],
      ['title', 'text', LETTER.title],
      ['body', 'textarea', LETTER.body],
      ['attachment', 'file', undefined],
    ]);
    expect(plan.fields[4]?.hint).toBe(PISMO_ATTACHMENT_HINT);
  });
});
