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
    progress: await db.getAll('progress'),
    snapshots: await db.getAll('snapshots'),
    // The signed scans and the password vault stay on this machine: a scan is large and personal,
    // and passwords leave it only encrypted, on explicit request (the MC-form step).
    mappings: await db.getAll('mappings'),
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
  const file = parsed.file;
  const tx = db.transaction(
    ['profiles', 'drafts', 'progress', 'snapshots', 'scans', 'vault', 'mappings'],
    'readwrite',
  );
  const profiles = tx.objectStore('profiles');
  const written: Profile[] = [...plan.additions];
  for (const { existing, incoming } of replacing) {
    await profiles.delete(existing.id);
    for (const store of ['drafts', 'progress', 'snapshots'] as const)
      await tx.objectStore(store).delete(existing.id);
    // What exists only on this machine (the scan, the encrypted passwords) follows the municipality.
    for (const store of ['scans', 'vault'] as const) {
      const kept = await tx.objectStore(store).get(existing.id);
      if (kept && existing.id !== incoming.id) {
        await tx.objectStore(store).delete(existing.id);
        await tx.objectStore(store).put({ ...kept, profileId: incoming.id });
      }
    }
    written.push(incoming);
  }
  for (const profile of written) {
    await profiles.put(profile);
    const progress = file.progress.find((p) => p.profileId === profile.id);
    if (progress) await tx.objectStore('progress').put(progress);
    const snapshot = file.snapshots.find((s) => s.profileId === profile.id);
    if (snapshot) await tx.objectStore('snapshots').put(snapshot);
  }
  for (const mapping of file.mappings) await tx.objectStore('mappings').put(mapping);
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
