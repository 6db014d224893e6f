import { getActiveProfileId, setActiveProfileId } from '../db/meta';
import type { Database } from '../db/open';
import { listProfiles } from '../db/profiles';
import type { ImportApplyResult, ImportEntrySummary, ImportPlanResult } from '../messages';
import { displayName } from '../profile/completeness';
import type { Profile } from '../profile/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from '../transfer/format';
import { parseImportFile } from '../transfer/import-file';
import { planImport } from '../transfer/import-plan';

export async function exportAll(db: Database, now: Date): Promise<ExportFile> {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    activeProfileId: await getActiveProfileId(db),
    profiles: await listProfiles(db),
  };
}

const summary = (p: Profile): ImportEntrySummary => ({ id: p.id, name: displayName(p), regon: p.regon });
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'pl');

/** What an import would do, so the clerk can decide on each municipality that already exists. */
export async function previewImport(db: Database, text: string): Promise<ImportPlanResult> {
  const parsed = parseImportFile(text);
  if (!parsed.ok) return parsed;
  const plan = planImport(parsed.file.profiles, await listProfiles(db));
  return {
    ok: true,
    additions: plan.additions.map(summary).sort(byName),
    conflicts: plan.conflicts
      .map((c) => ({ incoming: summary(c.incoming), existing: summary(c.existing) }))
      .sort((a, b) => byName(a.existing, b.existing)),
  };
}

/**
 * Applies an import in one transaction: new municipalities are added, existing ones are replaced
 * only when their stored id is in `replaceIds`, the others are left as they are.
 */
export async function applyImport(
  db: Database,
  text: string,
  replaceIds: readonly string[],
): Promise<ImportApplyResult> {
  const parsed = parseImportFile(text);
  if (!parsed.ok) return parsed;
  const plan = planImport(parsed.file.profiles, await listProfiles(db));
  const replacing = plan.conflicts.filter((c) => replaceIds.includes(c.existing.id));
  const tx = db.transaction(['profiles', 'drafts'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  for (const { existing, incoming } of replacing) {
    await profiles.delete(existing.id);
    await tx.objectStore('drafts').delete(existing.id);
    await profiles.put(incoming);
  }
  for (const profile of plan.additions) await profiles.put(profile);
  await tx.done;
  const activeId = await getActiveProfileId(db);
  const stored = await listProfiles(db);
  if (!stored.some((p) => p.id === activeId)) {
    const preferred = stored.find((p) => p.id === parsed.file.activeProfileId) ?? stored[0];
    await setActiveProfileId(db, preferred?.id ?? null);
  }
  return {
    ok: true,
    added: plan.additions.length,
    replaced: replacing.length,
    skipped: plan.conflicts.length - replacing.length,
  };
}
