import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';
import { ask, clickLauncher, firefoxPerTest, goTo, openEpuapReplica, pollUntil } from './firefox';

const TITLE = 'Wniosek o wydanie certyfikatu dla systemu teleinformatycznego';
const BODY =
  'Proszę o wydanie certyfikatu dla systemu teleinformatycznego służącego zapewnieniu bezpieczeństwa wymiany informacji z ePUAP';

const firefox = firefoxPerTest();

/** What a person sees on the form: its visible text, what its fields hold, and the chosen kind of letter. */
async function shownOnForm(page: Page) {
  return page.evaluate(() => {
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];
    const selects = [...document.querySelectorAll('select')].map(
      (s) => s.selectedOptions[0]?.textContent ?? '',
    );
    const radios = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map(
      (r) => r.labels?.[0]?.textContent?.trim() ?? '',
    );
    return {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a person sees.
      text: [document.body.innerText, ...fields.map((f) => f.value)].join('\n'),
      kinds: [...selects, ...radios].map((k) => k.trim()),
      submitted: (window as unknown as { __submitted?: number }).__submitted ?? 0,
    };
  });
}

for (const file of ['pismo-ogolne-a.html', 'pismo-ogolne-b.html']) {
  test(`one real click on the in-page button fills the Pismo ogólne in Firefox: ${file}`, async () => {
    await goTo(firefox().tab, '/popup.html');
    await ask(firefox().tab, 'profile.save', { id: null, input: BRUDZEW_COMPLETE });

    const page = await openEpuapReplica(firefox().browser, file);
    const before = await shownOnForm(page);
    expect(before.text).not.toContain(BODY);

    await clickLauncher(page);
    await pollUntil(
      page,
      (title, body) => {
        const values = [
          ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
        ].map((f) => f.value);
        return values.includes(title) && values.some((v) => v.includes(body));
      },
      { timeout: 30_000 },
      TITLE,
      BODY,
    );
    const after = await shownOnForm(page);
    expect(after.text).toContain('Ministerstwo Cyfryzacji');
    expect(after.text).toContain(TITLE);
    expect(after.text).toContain(BODY);
    expect(after.kinds).toContain('Wniosek');
    // Nothing was submitted: the extension prepares, the person signs and sends.
    expect(after.submitted).toBe(0);
  });
}
