// The qualify stage (issue 14 §6) scores plain data, no DOM: this file runs in the node environment, so
// any use of `document` or an Element in lib/autofill/qualify.ts (or what it imports) fails here.
import { describe, expect, it } from 'vitest';
import { type ControlEvidence, MIN_SCORE, nameScore, qualify } from '../../../lib/autofill/qualify';

const control = (type: string, names: [string, number][], groups: string[] = []): ControlEvidence => ({
  type,
  names: names.map(([text, weight]) => ({ text, weight })),
  groups,
});

const TITLE_LABELS = ['Tytuł pisma', 'Tytuł', 'Temat'];

describe('qualify scores collected controls as plain data', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('a bound label beats the same words only standing next to the field', () => {
    const controls = [
      control('input', [['Tytuł pisma', 0.8]]), // text before it
      control('input', [['Tytuł pisma', 1]]), // its <label>
    ];
    expect(qualify(controls, TITLE_LABELS, ['input'])).toEqual({ status: 'found', index: 1, score: 1.05 });
  });

  it('ignores decorations, case and diacritics in the names', () => {
    const controls = [
      control('input', [['TYTUL PISMA (wymagane) *', 1]]),
      control('input', [['Adresat', 1]]),
    ];
    const result = qualify(controls, TITLE_LABELS, ['input']);
    expect(result).toMatchObject({ status: 'found', index: 0 });
  });

  it('takes nothing below the minimum score, and only the allowed types', () => {
    expect(qualify([control('input', [['tytul', 0.3]])], TITLE_LABELS, ['input'])).toEqual({
      status: 'not-found',
    });
    expect(qualify([control('select', [['Tytuł pisma', 1]])], TITLE_LABELS, ['input', 'textarea'])).toEqual({
      status: 'not-found',
    });
    expect(MIN_SCORE).toBeGreaterThan(0);
  });

  it('the natural type of the field wins a tie with another allowed type', () => {
    const controls = [control('textarea', [['Treść', 1]]), control('input', [['Treść', 1]])];
    expect(qualify(controls, ['Treść'], ['textarea', 'input'])).toMatchObject({ status: 'found', index: 0 });
    expect(qualify(controls, ['Treść'], ['input', 'textarea'])).toMatchObject({ status: 'found', index: 1 });
  });

  it('two fields with the same label are told apart by their group (legend or heading)', () => {
    const revocation = ['Hasło do unieważnienia certyfikatu'];
    const p12 = ['Hasło do pliku p12'];
    const controls = [
      control('input', [['Hasło', 1]], ['Hasło do pliku p12']),
      control('input', [['Hasło', 1]], ['Hasło do unieważnienia certyfikatu']),
    ];
    expect(qualify(controls, revocation, ['input'])).toMatchObject({ status: 'found', index: 1 });
    expect(qualify(controls, p12, ['input'])).toMatchObject({ status: 'found', index: 0 });
    // Without groups the same two fields are a question, not a guess.
    const bare = controls.map((c) => ({ ...c, groups: [] }));
    expect(qualify(bare, revocation, ['input'])).toEqual({ status: 'not-found' });
  });

  it('equal candidates are ambiguous, with their indexes', () => {
    const controls = [control('input', [['Tytuł', 1]]), control('input', [['Tytuł', 1]])];
    expect(qualify(controls, TITLE_LABELS, ['input'])).toEqual({
      status: 'ambiguous',
      count: 2,
      indexes: [0, 1],
    });
  });

  it('an excluded control is not chosen again', () => {
    const controls = [control('input', [['Tytuł', 1]]), control('input', [['Tytuł pisma', 0.8]])];
    expect(qualify(controls, TITLE_LABELS, ['input'], new Set([0]))).toMatchObject({
      status: 'found',
      index: 1,
    });
  });

  it('a group name does not lend its words to a label that says something else', () => {
    // "Wpisz" under the group "Tytuł pisma" is not named by the group: only a label whose words all belong
    // to the wanted phrase (as "Hasło" belongs to "Hasło do pliku p12") is.
    expect(nameScore(control('input', [['Wpisz', 1]], ['Tytuł pisma']), TITLE_LABELS)).toBe(0);
    expect(nameScore(control('input', [['Hasło', 1]], ['Hasło do pliku p12']), ['Hasło do pliku p12'])).toBe(
      0.9,
    );
  });

  it('a confirmation field keeps its group evidence ("Powtórz hasło" under "Hasło do pliku p12")', () => {
    const score = nameScore(control('input', [['Powtórz hasło', 1]], ['Hasło do pliku p12']), [
      'Hasło do pliku p12',
    ]);
    expect(score).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});
