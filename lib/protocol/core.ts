import type { DraftRecord } from '../db/schema';
import type { FieldErrors, Profile, ProfileInput } from '../profile/schema';
import type { ExportFile } from '../transfer/format';

/** Municipality profiles, popup drafts and export/import. */
export interface CoreProtocol {
  'state.get': { request: undefined; response: AppState };
  'profile.save': { request: { id: string | null; input: ProfileInput }; response: SaveResult };
  'profile.delete': { request: { id: string }; response: null };
  'profile.setActive': { request: { id: string }; response: null };
  'draft.put': { request: { key: string; input: ProfileInput }; response: null };
  'draft.discard': { request: { key: string }; response: null };
  'transfer.export': { request: undefined; response: ExportFile };
  'transfer.plan': { request: { text: string }; response: ImportPlanResult };
  'transfer.apply': { request: { text: string; replaceIds: string[] }; response: ImportApplyResult };
}

export interface AppState {
  profiles: Profile[];
  activeProfileId: string | null;
  drafts: DraftRecord[];
}

export type SaveResult = { ok: true; profile: Profile } | { ok: false; errors: FieldErrors; message: string };

export interface ImportEntrySummary {
  id: string;
  name: string;
  regon: string;
}

export type ImportPlanResult =
  | {
      ok: true;
      additions: ImportEntrySummary[];
      conflicts: Array<{ incoming: ImportEntrySummary; existing: ImportEntrySummary }>;
      /** Polish notes the clerk should read before importing (an MC link outside gov.pl). */
      warnings?: string[];
    }
  | { ok: false; error: string };

export type ImportApplyResult =
  | { ok: true; added: number; replaced: number; skipped: number }
  | { ok: false; error: string };
