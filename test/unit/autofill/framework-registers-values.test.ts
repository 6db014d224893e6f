// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fill } from '../../../lib/autofill';
import { typeValue } from '../../../lib/autofill/set-value';
import {
  PISMO_LETTER_BODY,
  PISMO_LETTER_TITLE,
  PISMO_RECIPIENT,
  pismoOgolneRecipe,
} from '../../../lib/sites/epuap';
import { type LoadedFixture, openFixture } from './load-fixture';

const FAST = { timeoutMs: 2000, settleMs: 50 };
let page: LoadedFixture | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

type AppState = Record<string, unknown>;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('values reach a framework page state, not only the DOM', () => {
  it('the fixture app wipes a value set without events (so the next test is meaningful)', async () => {
    page = await openFixture('pismo-ogolne-c.html');
    (page.document.getElementById('tytul') as HTMLInputElement).value = 'ustawione bez zdarzeń';
    (page.window.__render as () => void)();
    expect((page.window.__state as AppState).tytul).toBe('');
    expect((page.document.getElementById('tytul') as HTMLInputElement).value).toBe('');
  });

  it('after the fill the app state holds every value and a re-render keeps them', async () => {
    page = await openFixture('pismo-ogolne-c.html');
    await fill(pismoOgolneRecipe, {}, page.document, FAST);
    const state = page.window.__state as AppState;
    expect(state).toMatchObject({
      adresat: PISMO_RECIPIENT,
      rodzaj: 'Wniosek',
      tytul: PISMO_LETTER_TITLE,
      tresc: PISMO_LETTER_BODY,
      dialog: false,
      rodzajOpen: false,
    });
    (page.window.__render as () => void)();
    await tick();
    expect((page.document.getElementById('tytul') as HTMLInputElement).value).toBe(PISMO_LETTER_TITLE);
    expect(page.document.getElementById('rodzaj')?.textContent).toBe('Wniosek');
  });

  it('goes through the native setter, so a React-style value tracker on the element sees the change', async () => {
    page = await openFixture('pismo-ogolne-a.html');
    const input = page.document.getElementById('tytul') as HTMLInputElement;
    // React replaces `value` on the instance to remember the last value it rendered; a plain assignment
    // updates that memory and React then ignores the input event as "no change".
    let tracked = '';
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value');
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native?.get?.call(input),
      set: (v: string) => {
        tracked = v;
        native?.set?.call(input, v);
      },
    });
    const seen: string[] = [];
    input.addEventListener('input', () => {
      if (input.value !== tracked) seen.push(input.value);
    });
    const events: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur', 'focusout']) {
      input.addEventListener(type, () => events.push(type));
    }
    typeValue(input, 'Nowy tytuł');
    expect(seen).toEqual(['Nowy tytuł']);
    expect(tracked).toBe('');
    expect(events).toEqual(['focus', 'input', 'change', 'blur', 'focusout']);
  });
});
