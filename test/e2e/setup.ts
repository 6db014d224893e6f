/**
 * The shared set-up of the Chromium end-to-end tests: a municipality added through the popup as a clerk
 * types it, or saved through the background when the form is not what the test is about; process
 * events; an import file chosen; downloads read; the axe-core and layout checks; where screenshots go.
 * The browser with the extension, its id and its pages come from the fixtures in `extension.ts`.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { FIELD_LABELS } from '../../lib/profile/labels';
import { emptyProfileInput, type ProfileFieldName, type ProfileInput } from '../../lib/profile/schema';
import type { ProcessEventInput } from '../../lib/protocol/process';
import { ask } from './protocol';
import { BRUDZEW } from './sample-profiles';

/** A municipality with everything the application needs (REGON and NIP are BRUDZEW's valid ones). */
export const COMPLETE = { ...BRUDZEW, platformDomain: 'eurzad.brudzew.pl', signatoryRole: 'wojt' } as const;

/** Where the tests' photographs go (Playwright empties test-results/ before each run). */
export const SHOTS = process.env.SHOTS_DIR ?? 'test-results/screenshots';

/** Types values into the popup form the way a clerk does: by the fields' visible labels. */
export async function fillProfileForm(
  page: Page,
  values: Partial<Record<ProfileFieldName, string>>,
): Promise<void> {
  for (const [name, value] of Object.entries(values) as Array<[ProfileFieldName, string]>) {
    const field = page.getByLabel(FIELD_LABELS[name], { exact: true });
    if (name === 'signatoryRole') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Adds a municipality in the popup as a clerk does: "Dodaj gminę", the fields, "Zapisz", the confirmation. */
export async function addMunicipality(
  popup: Page,
  values: Partial<Record<ProfileFieldName, string>>,
): Promise<void> {
  await popup.getByRole('button', { name: 'Dodaj gminę' }).click();
  await fillProfileForm(popup, values);
  await popup.getByRole('button', { name: 'Zapisz' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Zapisano' })).toBeVisible();
}

/**
 * Stores a signed scan of the active municipality's application on the documents page, as a clerk does,
 * and closes that page; the scan's bytes are returned (a small file that really is a PDF).
 */
export async function storeSignedScan(context: BrowserContext, extensionId: string): Promise<Buffer> {
  const documents = await context.newPage();
  await documents.goto(`chrome-extension://${extensionId}/documents.html#skan`);
  const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 32), Buffer.from('\n%%EOF\n')]);
  await documents
    .getByLabel('Wybierz plik skanu (PDF lub JPG, do 5 MB)')
    .setInputFiles({ name: 'wniosek-podpisany.pdf', mimeType: 'application/pdf', buffer: scan });
  await expect(documents.getByRole('status')).toContainText('Zapisano skan: wniosek-podpisany.pdf');
  await documents.close();
  return scan;
}

/** Chooses an export file to import in the popup. */
export async function importText(popup: Page, text: string | Buffer, name = 'eksport.json'): Promise<void> {
  await popup.getByLabel('Plik eksportu do zaimportowania').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

export async function readDownload(page: Page, trigger: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends one protocol request from an extension page, as the popup or panel would. */
export const request = (page: Page, type: string, data: unknown): Promise<unknown> => ask(page, type, data);

/** Saves a municipality through the background (set-up only; the form's own tests type into it). */
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
