import type { DBSchema } from 'idb';
import type { FillReport, LearnedMapping } from '../autofill/types';
import type { ApplicationSnapshot } from '../documents';
import type { ProcessState } from '../process';
import type { Profile, ProfileInput } from '../profile/schema';
import type { VaultEnvelope } from '../vault';

export const DB_NAME = 'asystent-epuap';

/** A popup form that has not been saved yet: kept so that closing the popup loses nothing. */
export interface DraftRecord {
  /** The profile being edited, or `new` for one being added. */
  key: string;
  input: ProfileInput;
  updatedAt: string;
}

export type MetaRecord =
  | { key: 'activeProfileId'; value: string | null }
  | { key: 'settings'; value: Settings };

/** Settings the clerk may change; defaults and the reading schema in lib/db/records/settings.ts. */
export interface Settings {
  coordinatorEmail: string;
  waitingThresholdDays: number;
}

/** Where the certificate process of one municipality stands (lib/process). */
export interface ProgressRecord {
  profileId: string;
  state: ProcessState;
}

/** A field the user pointed at on a page, used first on the next fill (shared by export/import). */
export interface MappingRecord extends LearnedMapping {
  /** `site + pathPattern + fieldKey`: one learned locator per field of a page. */
  id: string;
}

export interface FillReportRecord {
  /** `profileId|recipeId`: the last fill of each form for each municipality. */
  id: string;
  profileId: string;
  report: FillReport;
}

/** The data printed in the application, as they were printed (the MC form must repeat them). */
export interface SnapshotRecord {
  profileId: string;
  snapshot: ApplicationSnapshot;
}

/** The scanned, signed application, attached to the Pismo ogólne. */
export interface ScanRecord {
  profileId: string;
  name: string;
  type: string;
  size: number;
  bytes: ArrayBuffer;
  storedAt: string;
}

/** The two MC-form passwords, encrypted with the clerk's passphrase (lib/vault). */
export interface VaultRecord {
  profileId: string;
  envelope: VaultEnvelope;
  createdAt: string;
}

export interface AssistantDB extends DBSchema {
  profiles: { key: string; value: Profile };
  drafts: { key: string; value: DraftRecord };
  meta: { key: MetaRecord['key']; value: MetaRecord };
  progress: { key: string; value: ProgressRecord };
  mappings: { key: string; value: MappingRecord };
  fillReports: { key: string; value: FillReportRecord; indexes: { 'by-profile': string } };
  snapshots: { key: string; value: SnapshotRecord };
  scans: { key: string; value: ScanRecord };
  vault: { key: string; value: VaultRecord };
}

export type StoreName =
  | 'profiles'
  | 'drafts'
  | 'meta'
  | 'progress'
  | 'mappings'
  | 'fillReports'
  | 'snapshots'
  | 'scans'
  | 'vault';

/** Stores holding one record per municipality, keyed by its profile id: deleted with it. */
export const PER_PROFILE_STORES = ['drafts', 'progress', 'snapshots', 'scans', 'vault'] as const;
