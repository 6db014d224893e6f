import { deleteDraft, listDrafts, putDraft } from '../db/drafts';
import { getActiveProfileId, setActiveProfileId } from '../db/meta';
import type { Database } from '../db/open';
import { deleteProfile, getProfile, listProfiles, putProfile } from '../db/profiles';
import type { AppState, SaveResult } from '../messages';
import { FIELD_LABELS } from '../profile/labels';
import { displayName } from '../profile/name';
import { type ProfileFieldName, type ProfileInput, validateProfileInput } from '../profile/schema';
import { recordProfileCompleteness } from './process-events';

export async function readAppState(db: Database): Promise<AppState> {
  const [profiles, activeProfileId, drafts] = await Promise.all([
    listProfiles(db),
    getActiveProfileId(db),
    listDrafts(db),
  ]);
  profiles.sort((a, b) => displayName(a).localeCompare(displayName(b), 'pl'));
  return { profiles, activeProfileId, drafts };
}

/**
 * Saves a profile if every filled field is valid (empty ones are allowed: profiles grow over weeks).
 * The first municipality saved becomes the active one; the draft it came from is cleared; complete
 * data tick the process's first step.
 */
export async function saveProfile(
  db: Database,
  id: string | null,
  input: ProfileInput,
  now: Date,
  newId: () => string,
): Promise<SaveResult> {
  const validation = validateProfileInput(input);
  if (!validation.ok) {
    const names = Object.keys(validation.errors).map((f) => FIELD_LABELS[f as ProfileFieldName]);
    return { ok: false, errors: validation.errors, message: `Popraw zaznaczone pola: ${names.join(', ')}.` };
  }
  const fields = validation.fields;
  const existing = id ? await getProfile(db, id) : undefined;
  if (id && !existing)
    return {
      ok: false,
      errors: {},
      message: 'Tej gminy nie ma już na liście (może została usunięta w innym oknie).',
    };
  if (fields.regon) {
    const twin = (await listProfiles(db)).find((p) => p.regon === fields.regon && p.id !== id);
    if (twin)
      return {
        ok: false,
        errors: {
          regon: `Ten REGON ma już gmina „${displayName(twin)}” na liście. Edytuj tamtą gminę zamiast dodawać ją drugi raz.`,
        },
        message: 'Popraw zaznaczone pola: REGON.',
      };
  }
  const timestamp = now.toISOString();
  const profile = {
    ...fields,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? timestamp,
    updatedAt: timestamp,
  };
  await putProfile(db, profile);
  await recordProfileCompleteness(db, profile, now);
  await deleteDraft(db, id ?? 'new');
  if (!(await getActiveProfileId(db))) await setActiveProfileId(db, profile.id);
  return { ok: true, profile };
}

export async function removeProfile(db: Database, id: string): Promise<void> {
  await deleteProfile(db, id);
  // Keep one municipality active when others remain, so the ePUAP pages still have data to fill.
  if (!(await getActiveProfileId(db))) {
    const [first] = (await readAppState(db)).profiles;
    if (first) await setActiveProfileId(db, first.id);
  }
}

export async function activateProfile(db: Database, id: string): Promise<void> {
  if (!(await getProfile(db, id))) throw new Error('Tej gminy nie ma na liście.');
  await setActiveProfileId(db, id);
}

export async function saveDraft(db: Database, key: string, input: ProfileInput, now: Date): Promise<void> {
  await putDraft(db, { key, input, updatedAt: now.toISOString() });
}

export { deleteDraft as discardDraft };
