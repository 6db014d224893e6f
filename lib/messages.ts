import type { StoreName } from './db/schema';
import type { CoreProtocol } from './protocol/core';
import type { DocumentsProtocol } from './protocol/documents';
import type { ContentProtocol, EpuapProtocol } from './protocol/epuap';
import type { McProtocol, McTabProtocol } from './protocol/mc';
import type { PageProtocol } from './protocol/page';
import type { ProcessProtocol } from './protocol/process';

export type * from './protocol/core';

/**
 * The one protocol between the extension's contexts. Each area declares its requests in
 * lib/protocol/<area>.ts (type, the shape of its data and of its answer); the background answers
 * them (lib/service), pages and content scripts send them (lib/messaging/client.ts). The shape
 * every request must have to be answered is in lib/protocol/schemas.ts, who may send it in
 * lib/messaging/senders.ts. Nothing crosses contexts any other way.
 */
export type ProtocolMap = CoreProtocol &
  EpuapProtocol &
  ProcessProtocol &
  DocumentsProtocol &
  McProtocol &
  PageProtocol;

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

/** Messages the background (or mc.html) sends to a tab's script: `content.fill`, `mcTab.fill`. */
export type TabProtocolMap = ContentProtocol & McTabProtocol;
export type TabMessageType = keyof TabProtocolMap;
export type TabRequestOf<K extends TabMessageType> = TabProtocolMap[K]['request'];
export type TabResponseOf<K extends TabMessageType> = TabProtocolMap[K]['response'];

/** Sent by the background to every open extension page after it wrote to the database. */
export interface BroadcastProtocolMap {
  'broadcast.changed': { request: StoreName[]; response: undefined };
}

type AsFunctions<P> = {
  [K in keyof P]: P[K] extends { request: infer Q; response: infer R } ? (data: Q) => R : never;
};

/** Every hop in @webext-core/messaging's protocol-map syntax (one messenger, lib/messaging/wire.ts). */
export type WireProtocol = AsFunctions<ProtocolMap & TabProtocolMap & BroadcastProtocolMap>;
