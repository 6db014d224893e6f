/**
 * The background's side of the MC form: it reads the printed application and the approval link, keeps
 * the sealed vault and records the step's events. It never sees a password: the vault is sealed and
 * opened in the mc.html page, and only its encrypted envelope comes here.
 */

import type { FillReport } from '../autofill/types';
import { getFillReport, putFillReport } from '../db/fill-reports';
import { learnedFor } from '../db/mappings';
import { getActiveProfileId } from '../db/meta';
import type { Database } from '../db/open';
import { chooseProfileId } from '../db/profiles';
import { getSnapshot } from '../db/records/snapshots';
import { getVaultRecord } from '../db/records/vault';
import { diffSnapshot } from '../documents/snapshot';
import { displayName } from '../profile/name';
import type { McContext, McProtocol } from '../protocol/mc';
import { MC_RECIPE_ID } from '../sites/mc/form-recipe';
import { MIN_PBKDF2_ITERATIONS, VAULT_VERSION, VaultEnvelopeSchema } from '../vault/envelope';
import { type AreaHandlers, type ServiceDeps, UNKNOWN_PROFILE_MESSAGE } from './deps';
import { readProcessState, recordProcessEvent } from './process-events';

export const MC_MESSAGES = {
  unknownProfile: UNKNOWN_PROFILE_MESSAGE,
  badEnvelope:
    'Sejf dotarł uszkodzony albo jest za słabo zabezpieczony, więc go nie zapisano. Wygeneruj hasła ponownie.',
  vaultExists:
    'Ta gmina ma już sejf z hasłami. Nowe hasła zastąpią stare dopiero po potwierdzeniu – stare hasła przepadną.',
  noVault:
    'Najpierw wygeneruj hasła i zapisz je w sejfie – dopiero wtedy można potwierdzić, że są przechowane.',
} as const;

async function readContext(db: Database, profileId?: string): Promise<McContext> {
  const [profiles, active] = await Promise.all([db.getAll('profiles'), getActiveProfileId(db)]);
  const chosen = chooseProfileId(profiles, profileId, active);
  const profile = profiles.find((p) => p.id === chosen);
  const list = profiles
    .map((p) => ({ id: p.id, name: displayName(p) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  if (!profile)
    return {
      profiles: list,
      profileId: null,
      profileName: null,
      snapshot: null,
      changes: [],
      approvalLink: null,
      vault: null,
      mcForm: {},
      lastReport: null,
    };
  const [stored, vault, state, report] = await Promise.all([
    getSnapshot(db, profile.id),
    getVaultRecord(db, profile.id),
    readProcessState(db, profile.id),
    getFillReport(db, profile.id, MC_RECIPE_ID),
  ]);
  const snapshot = stored ?? null;
  return {
    profiles: list,
    profileId: profile.id,
    profileName: displayName(profile),
    snapshot,
    changes: snapshot ? diffSnapshot(snapshot, profile) : [],
    approvalLink: state.mcDecision.approvalLink ?? null,
    vault: vault ? { createdAt: vault.createdAt } : null,
    mcForm: state.mcForm,
    lastReport: report,
  };
}

export function mcHandlers({ db, now, notify, mcFills, submitGuard }: ServiceDeps): AreaHandlers<McProtocol> {
  return {
    'mc.guard': async ({ on, tabId }) => {
      // Bound to the sender's tab; where the page world is out of reach the submit-event guard holds.
      if (tabId !== undefined) await submitGuard?.(tabId, on).catch(() => false);
      return null;
    },

    'mc.fillStarted': async ({ tabId, origin, documentId, profileId }) => {
      if (!(await db.get('profiles', profileId))) throw new Error(MC_MESSAGES.unknownProfile);
      mcFills?.start({ tabId, origin, profileId, ...(documentId && { documentId }) });
      return null;
    },

    'mc.context': ({ profileId }) => readContext(db, profileId),

    'mc.storeVault': async ({ profileId, envelope, replace }) => {
      if (!(await db.get('profiles', profileId))) return { ok: false, message: MC_MESSAGES.unknownProfile };
      const parsed = VaultEnvelopeSchema.safeParse(envelope);
      if (
        !parsed.success ||
        parsed.data.version !== VAULT_VERSION ||
        parsed.data.kdf.iterations < MIN_PBKDF2_ITERATIONS
      )
        return { ok: false, message: MC_MESSAGES.badEnvelope };
      if (!replace && (await db.get('vault', profileId)))
        return { ok: false, message: MC_MESSAGES.vaultExists };
      const createdAt = now().toISOString();
      await db.put('vault', { profileId, envelope: parsed.data, createdAt });
      notify(['vault']);
      return { ok: true, createdAt };
    },

    'mc.vault': async ({ profileId }) => (await getVaultRecord(db, profileId))?.envelope ?? null,

    'mc.learned': ({ url }) => learnedFor(db, url),

    'mc.fillReport': async ({ profileId, report }) => {
      if (!(await db.get('profiles', profileId))) return { recorded: false };
      const stored: FillReport = { ...report, recipeId: MC_RECIPE_ID };
      await putFillReport(db, profileId, stored);
      const recorded =
        report.ok &&
        (await recordProcessEvent(db, profileId, { type: 'mc-form-filled', at: now().toISOString() }));
      notify(recorded ? ['fillReports', 'progress'] : ['fillReports']);
      return { recorded };
    },

    'mc.passwordsKept': async ({ profileId }) => {
      if (!(await db.get('profiles', profileId))) return { ok: false, message: MC_MESSAGES.unknownProfile };
      // A damaged vault keeps nothing: getVaultRecord refuses it in Polish.
      if (!(await getVaultRecord(db, profileId))) return { ok: false, message: MC_MESSAGES.noVault };
      const recorded = await recordProcessEvent(db, profileId, {
        type: 'passwords-kept',
        at: now().toISOString(),
      });
      if (recorded) notify(['progress']);
      return { ok: true, recorded };
    },
  };
}
