/**
 * The wire format of @webext-core/messaging (lib/messaging/wire.ts), read where the library itself is not
 * used: a message sent with a documentId (lib/messaging/tabs.ts) and the tests that speak the protocol
 * from outside (test/e2e/protocol.ts, test/firefox/firefox.ts). Dependency-free, so any bundle can import
 * it (the always-on ePUAP script sends no protocol message at all: lib/sites/epuap/page-api.ts).
 */

/** A request as the messenger sends it. */
export function wireMessage(
  type: string,
  data: unknown,
): { id: number; type: string; data: unknown; timestamp: number } {
  return { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() };
}

/**
 * The answer's `res`, or an Error: `noAnswer` when nobody answered (undefined, or not the messenger's
 * shape), the handler's own message for `{ err }`.
 */
export function readWireAnswer<T>(answer: unknown, noAnswer: string): T {
  if (!answer || typeof answer !== 'object') throw new Error(noAnswer);
  const { res, err } = answer as { res?: unknown; err?: { message?: unknown } };
  if (err) throw new Error(typeof err.message === 'string' && err.message ? err.message : noAnswer);
  if (!('res' in answer)) throw new Error(noAnswer);
  return res as T;
}
