import type { StoreName } from './db/schema';
import type { CoreProtocol } from './protocol/core';
import type { DocumentsProtocol } from './protocol/documents';
import type { EpuapProtocol } from './protocol/epuap';
import type { McProtocol } from './protocol/mc';
import type { ProcessProtocol } from './protocol/process';

export type * from './protocol/core';

/**
 * The one protocol between the extension's contexts. Each area declares its requests in
 * lib/protocol/<area>.ts (type, the shape of its data and of its answer); the background answers
 * them (lib/service), pages and content scripts send them (lib/messaging/client.ts).
 * Nothing crosses contexts any other way.
 */
export type ProtocolMap = CoreProtocol & EpuapProtocol & ProcessProtocol & DocumentsProtocol & McProtocol;

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
