import type { DraftRecord, StoreName } from './db/schema';
import type { FieldErrors, Profile, ProfileInput } from './profile/schema';
import type { ExportFile } from './transfer/format';

/**
 * The one protocol between the extension's contexts. Every request names its type here with the
 * shape of its data and of its answer; the background answers them (lib/service), pages and
 * content scripts send them (lib/messaging/client.ts). Nothing crosses contexts any other way.
 */
export interface ProtocolMap {
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

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

export interface RequestEnvelope<K extends MessageType = MessageType> {
  type: K;
  data: RequestOf<K>;
}

/** Failures travel as data: a rejected promise across contexts loses its message in some browsers. */
export type ResponseEnvelope<K extends MessageType = MessageType> =
  | { ok: true; data: ResponseOf<K> }
  | { ok: false; error: string };

/** Sent by the background to every open extension page after it wrote to the database. */
export interface ChangedBroadcast {
  type: 'broadcast.changed';
  stores: StoreName[];
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
    }
  | { ok: false; error: string };

export type ImportApplyResult =
  | { ok: true; added: number; replaced: number; skipped: number }
  | { ok: false; error: string };

export function isRequestEnvelope(message: unknown): message is RequestEnvelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

export function isChangedBroadcast(message: unknown): message is ChangedBroadcast {
  return isRequestEnvelope(message) && (message as { type: string }).type === 'broadcast.changed';
}
