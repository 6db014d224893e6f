import type { DBSchema } from 'idb';
import type { Profile, ProfileInput } from '../profile/schema';

export const DB_NAME = 'asystent-epuap';

/** A popup form that has not been saved yet: kept so that closing the popup loses nothing. */
export interface DraftRecord {
  /** The profile being edited, or `new` for one being added. */
  key: string;
  input: ProfileInput;
  updatedAt: string;
}

export interface MetaRecord {
  key: 'activeProfileId';
  value: string | null;
}

export interface AssistantDB extends DBSchema {
  profiles: { key: string; value: Profile; indexes: { 'by-regon': string } };
  drafts: { key: string; value: DraftRecord };
  meta: { key: MetaRecord['key']; value: MetaRecord };
}

export type StoreName = 'profiles' | 'drafts' | 'meta';
