import { mkdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STEP_DEFINITIONS } from '../../lib/process/steps';
import { BRUDZEW_COMPLETE } from '../fixtures/sample-profiles';
import { button, clickButton, fillProfileForm, firefoxPerTest, waitForText } from './firefox';

const SHOTS = 'test-results/screenshots';

const firefox = firefoxPerTest();

test('on install Firefox shows the welcome page: add the municipality there, then open the list of steps in the sidebar', async () => {
  const { tab } = firefox();
  const shown = await waitForText(tab, 'Dziesięć kroków w skrócie');
  for (const step of STEP_DEFINITIONS) expect(shown).toContain(step.title);
  // Firefox's name for it: the sidebar, with its menu path.
  expect(shown).toContain('Lista kroków (pasek boczny)');
  expect(shown).toContain('Widok → Panel boczny');
  expect(await (await button(tab, 'Dodaj dane gminy')).evaluate((b) => b.classList.contains('primary'))).toBe(
    true,
  );

  mkdirSync(SHOTS, { recursive: true });
  await tab.screenshot({ path: `${SHOTS}/firefox-welcome.png`, fullPage: true });

  await clickButton(tab, 'Dodaj dane gminy');
  const { epuapLogin: _l, epuapOrgId: _o, teryt: _t, ...values } = BRUDZEW_COMPLETE;
  await fillProfileForm(tab, values);
  await clickButton(tab, 'Zapisz');
  await waitForText(tab, 'Zapisano: Gmina Brudzew. Teraz można otworzyć listę kroków.');
  // The next thing to do is now the primary button, and it has the focus.
  const steps = await button(tab, 'Otwórz listę kroków');
  expect(await steps.evaluate((b) => b.classList.contains('primary') && document.activeElement === b)).toBe(
    true,
  );

  const isOpen = () =>
    tab.evaluate(() =>
      (
        globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }
      ).browser.sidebarAction.isOpen({}),
    );
  expect(await isOpen()).toBe(false);
  await steps.click();
  await waitForText(tab, 'Otwarto listę kroków (pasek boczny przeglądarki).');
  expect(await isOpen()).toBe(true);
});
