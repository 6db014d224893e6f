import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { emptyProfileInput, type ProfileInput } from '../../lib/profile/schema';
import type { ProcessEventInput } from '../../lib/protocol/process';
import { ask } from './protocol';
import { BRUDZEW } from './sample-profiles';

/** A municipality with everything the application needs (REGON and NIP are BRUDZEW's valid ones). */
export const COMPLETE = { ...BRUDZEW, platformDomain: 'eurzad.brudzew.pl', signatoryRole: 'wojt' } as const;

/** Sends one protocol request from an extension page, as the popup or panel would. */
export const request = (page: Page, type: string, data: unknown): Promise<unknown> => ask(page, type, data);

/** Saves a municipality through the background (setup only; the form's own tests type into it). */
export async function saveProfileVia(
  page: Page,
  values: Partial<ProfileInput>,
  id: string | null = null,
): Promise<string> {
  const result = (await request(page, 'profile.save', {
    id,
    input: { ...emptyProfileInput(), ...values },
  })) as { ok: boolean; profile: { id: string } };
  if (!result.ok) throw new Error('profile not saved');
  return result.profile.id;
}

export async function recordEventVia(page: Page, profileId: string, event: ProcessEventInput): Promise<void> {
  const result = (await request(page, 'process.event', { profileId, event })) as {
    ok: boolean;
    error?: string;
  };
  if (!result.ok) throw new Error(result.error);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** The page is no wider than its window: nothing is cut off or needs sideways scrolling. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(overflow).toEqual([]);
}

/** Where the tests' photographs go (Playwright empties test-results/ before each run). */
export const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';
