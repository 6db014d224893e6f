import type { Page } from '@playwright/test';
import { FIELD_LABELS } from '../../lib/profile/labels';
import type { ProfileFieldName } from '../../lib/profile/schema';

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

export async function readDownload(page: Page, trigger: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
