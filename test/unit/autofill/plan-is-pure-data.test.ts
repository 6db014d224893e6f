import { describe, expect, it } from 'vitest';
import { buildPlan, type Recipe } from '../../../lib/autofill';

const recipe: Recipe = {
  id: 'test/recipe',
  title: 'Test',
  fields: [
    { key: 'stala', label: 'Stała', labels: ['Stała'], kind: 'text', value: { const: 'Wniosek' } },
    { key: 'zProfilu', label: 'Z profilu', labels: ['Nazwa'], kind: 'text', value: { from: 'nazwaUrzedu' } },
    {
      key: 'plik',
      label: 'Plik',
      labels: ['Załącznik'],
      kind: 'file',
      value: { from: 'skan' },
      hint: 'Dodaj skan',
    },
    { key: 'zgoda', label: 'Zgoda', labels: ['Zgoda'], kind: 'checkbox-leave-to-user' },
  ],
};

describe('recipe + values → plan', () => {
  it('resolves constants and values, carries overwrite and learned locators', () => {
    const file = new File(['x'], 'skan.pdf');
    const plan = buildPlan(
      recipe,
      { nazwaUrzedu: 'Urząd Gminy Brudzew', skan: file },
      { overwrite: ['zProfilu'], learned: { stala: { framePath: [], tag: 'input', name: 'f1' } } },
    );
    expect(plan.recipeId).toBe('test/recipe');
    expect(plan.fields.map((f) => [f.key, f.value, f.overwrite])).toEqual([
      ['stala', 'Wniosek', false],
      ['zProfilu', 'Urząd Gminy Brudzew', true],
      ['plik', undefined, false],
      ['zgoda', undefined, false],
    ]);
    expect(plan.fields[0]?.learned?.name).toBe('f1');
    expect(plan.fields[2]?.file).toBe(file);
    expect(plan.fields[2]?.hint).toBe('Dodaj skan');
  });

  it('leaves a value missing when the profile lacks it (reported as skipped at fill time)', () => {
    const plan = buildPlan(recipe, {});
    expect(plan.fields[1]?.value).toBeUndefined();
    expect('value' in (plan.fields[1] ?? {})).toBe(false);
  });
});
