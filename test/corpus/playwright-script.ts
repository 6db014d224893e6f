// Runs a variant's `script` (a person's Playwright recipe) on a page. Reused by the corpus check and the benchmark.

import type { FrameLocator, Locator, Page } from '@playwright/test';
import type { ScriptStep } from './types';

export function locate(page: Page, step: { selector: string; frames?: string[] }): Locator {
  let scope: Page | FrameLocator = page;
  for (const frame of step.frames ?? []) scope = scope.frameLocator(frame);
  return scope.locator(step.selector).first();
}

/** Performs the steps in order; every step waits for its element the way Playwright actions do. */
export async function runScript(page: Page, steps: ScriptStep[], timeout = 10_000): Promise<void> {
  for (const step of steps) {
    const target = locate(page, step);
    switch (step.action) {
      case 'fill':
        await target.fill(step.value, { timeout });
        break;
      case 'type':
        await target.pressSequentially(step.value, { timeout });
        break;
      case 'click':
        await target.click({ timeout });
        break;
      case 'selectOption':
        await target
          .selectOption(step.value, { timeout })
          .catch(() => target.selectOption({ label: step.value }, { timeout }));
        break;
      case 'check':
        await target.check({ timeout });
        break;
      case 'press':
        await target.press(step.key, { timeout });
        break;
      case 'waitFor':
        await target.waitFor({ state: 'visible', timeout });
        break;
    }
  }
}
