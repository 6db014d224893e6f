import type { LearnedMapping } from '../autofill/types';

/**
 * Both content scripts (the ePUAP engine, the MC fill) → background: what the clerk taught on the page the
 * script runs in. Accepted from either area (lib/messaging/senders.ts), each under its own rules: the
 * ePUAP origin's top frame, or the tab, origin and document of the MC fill the background recorded. The
 * site stored is the sender's, never the payload's (lib/messaging/dispatch.ts).
 */
export type PageProtocol = {
  /** "Wskaż pole": the control the clerk clicked for a field, used first on this page's next fill. */
  'page.learnMapping': { request: { mapping: LearnedMapping }; response: null };
};
