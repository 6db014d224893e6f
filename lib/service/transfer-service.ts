import { getActiveProfileId, setActiveProfileId } from '../db/meta';
import type { Database } from '../db/open';
import { listProfiles } from '../db/profiles';
import type { ImportApplyResult, ImportEntrySummary, ImportPlanResult } from '../messages';
import { displayName } from '../profile/name';
import type { Profile } from '../profile/schema';
import { isExpectedMcHost } from '../protocol/mc-host';
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
    // As stored: each state and snapshot carries its own version, and an import climbs its ladder
    // (lib/db/records), so a record this release cannot read still reaches the release that can.
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
  const warnings = mcLinkWarnings(parsed.file);
  return {
    ok: true,
    additions: plan.additions.map(summary).sort(byName),
    conflicts: plan.conflicts
      .map((c) => ({ incoming: summary(c.incoming), existing: summary(c.existing) }))
      .sort((a, b) => byName(a.existing, b.existing)),
    ...(warnings.length && { warnings }),
  };
}

/**
 * An MC link in the file goes through the same host rule as a typed one: it is imported, and mc.html
 * warns and asks before opening it; the clerk hears of it here already.
 */
function mcLinkWarnings(file: ExportFile): string[] {
  const warnings: string[] = [];
  for (const { profileId, state } of file.progress) {
    const link = state.mcDecision.approvalLink;
    if (!link || isExpectedMcHost(new URL(link).hostname)) continue;
    const profile = file.profiles.find((p) => p.id === profileId);
    const name = profile ? displayName(profile) : 'gmina z pliku';
    warnings.push(
      `${name}: link do formularza MC prowadzi do strony ${new URL(link).hostname}, spoza domeny gov.pl. Przed otwarciem formularza Asystent pokaże ostrzeżenie i poprosi o potwierdzenie.`,
    );
  }
  return warnings;
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
  // A replaced municipality keeps its id here: what exists only on this machine under that id (the
  // scan, the sealed vault whose secrets name the id, fill reports) stays its own. The file's records
  // of the incoming id are stored under the kept one.
  const keptId = new Map(replacing.map((c) => [c.incoming.id, c.existing.id]));
  const localId = (id: string) => keptId.get(id) ?? id;
  const tx = db.transaction(['profiles', 'drafts', 'progress', 'snapshots', 'mappings'], 'readwrite');
  const profiles = tx.objectStore('profiles');
  const written: Profile[] = [...plan.additions];
  for (const { existing, incoming } of replacing) {
    for (const store of ['drafts', 'progress', 'snapshots'] as const)
      await tx.objectStore(store).delete(existing.id);
    written.push({ ...incoming, id: existing.id, createdAt: existing.createdAt });
  }
  for (const profile of written) {
    await profiles.put(profile);
    const progress = file.progress.find((p) => localId(p.profileId) === profile.id);
    if (progress) await tx.objectStore('progress').put({ ...progress, profileId: profile.id });
    const snapshot = file.snapshots.find((s) => localId(s.profileId) === profile.id);
    if (snapshot)
      await tx.objectStore('snapshots').put({
        profileId: profile.id,
        snapshot: snapshot.snapshot.profileId
          ? { ...snapshot.snapshot, profileId: profile.id }
          : snapshot.snapshot,
      });
  }
  for (const mapping of file.mappings) await tx.objectStore('mappings').put(mapping);
  await tx.done;
  const activeId = await getActiveProfileId(db);
  const stored = await listProfiles(db);
  if (!stored.some((p) => p.id === activeId)) {
    const wanted = parsed.file.activeProfileId ? localId(parsed.file.activeProfileId) : null;
    const preferred = stored.find((p) => p.id === wanted) ?? stored[0];
    await setActiveProfileId(db, preferred?.id ?? null);
  }
  return {
    ok: true,
    added: plan.additions.length,
    replaced: replacing.length,
    skipped: plan.conflicts.length - replacing.length,
  };
}
