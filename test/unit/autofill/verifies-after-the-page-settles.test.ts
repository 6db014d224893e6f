// @vitest-environment happy-dom
// The verify stage: a value counts as entered only if it still reads back once the whole page has
// settled (here a page changing a value on its next tick, well within the final quiet period). A page
// that loses a value gets it again; a page that changes it to something else is reported, never counted
// as filled.
import { afterEach, describe, expect, it } from 'vitest';
import { type FieldReport, fill, type Recipe } from '../../../lib/autofill';

afterEach(() => {
  document.body.innerHTML = '';
});

const recipe: Recipe = {
  id: 'verify-test',
  title: 'Formularz',
  fields: [
    { key: 'city', label: 'Miejscowość', labels: ['Miejscowość'], kind: 'text', value: { const: 'Brudzew' } },
    {
      key: 'mail',
      label: 'E-mail',
      labels: ['Adres e-mail'],
      kind: 'text',
      value: { const: 'gmina@brudzew.pl' },
    },
  ],
};
const FAST = { timeoutMs: 2000, settleMs: 50 };
const statusOf = (fields: FieldReport[], key: string) => fields.find((f) => f.key === key)?.status;

function page(): { city: HTMLInputElement; mail: HTMLInputElement } {
  document.body.innerHTML = `<form>
    <label for="city">Miejscowość</label><input id="city">
    <label for="mail">Adres e-mail</label><input id="mail" type="email"></form>`;
  return {
    city: document.getElementById('city') as HTMLInputElement,
    mail: document.getElementById('mail') as HTMLInputElement,
  };
}

describe('values are verified once the page has settled', () => {
  it('a value the page wipes on its next tick is entered again and then reported as filled', async () => {
    const { city } = page();
    let wipes = 0;
    city.addEventListener('change', () => {
      if (wipes++ === 0) setTimeout(() => (city.value = ''), 10);
    });
    const { report } = await fill(recipe, {}, document, FAST);
    expect(wipes).toBeGreaterThanOrEqual(2);
    expect(city.value).toBe('Brudzew');
    expect(statusOf(report.fields, 'city')).toBe('filled');
  });

  it('a value the page changes to another one later is reported as not accepted, not as filled', async () => {
    const { city, mail } = page();
    city.addEventListener('change', () => {
      setTimeout(() => (city.value = city.value.toUpperCase()), 10);
    });
    const { report } = await fill(recipe, {}, document, FAST);
    const field = report.fields.find((f) => f.key === 'city');
    expect(field?.status).toBe('error');
    expect(field?.message).toContain('Strona nie przyjęła wartości pola „Miejscowość”');
    expect(city.value).toBe('BRUDZEW');
    expect(statusOf(report.fields, 'mail')).toBe('filled');
    expect(mail.value).toBe('gmina@brudzew.pl');
    expect(report.ok).toBe(false);
  });

  it('a value the page wipes every time is reported as not accepted after one more try', async () => {
    const { city } = page();
    let wipes = 0;
    city.addEventListener('change', () => {
      wipes++;
      setTimeout(() => (city.value = ''), 10);
    });
    const { report } = await fill(recipe, {}, document, FAST);
    expect(statusOf(report.fields, 'city')).toBe('error');
    expect(city.value).toBe('');
    expect(wipes).toBeLessThanOrEqual(4);
  });
});
