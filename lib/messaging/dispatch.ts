import { safePathMatches } from '../db/mappings';
import type { MessageType, RequestOf, ResponseOf } from '../messages';
import { REQUEST_SCHEMAS } from '../protocol/schemas';
import type { Handlers } from '../service/deps';
import { classifySender, REFUSED, type Sender, type SenderKind, type SenderRules } from './senders';

export const DISPATCH_MESSAGES = {
  unknown: (type: string) => `Nieznane polecenie: ${type}. Odśwież stronę i spróbuj ponownie.`,
  invalid: (detail: string) =>
    `Asystent ePUAP otrzymał nieprawidłowe dane (${detail}) i nic nie zmienił. Odśwież stronę i spróbuj ponownie.`,
  otherPage:
    'Wskazane pole nie należy do tej strony, więc go nie zapamiętano. Odśwież stronę i wskaż pole ponownie.',
} as const;

type ContentSender = Extract<SenderKind, { kind: 'content' }>;

/**
 * The background's one entry for requests: who sent it (lib/messaging/senders.ts), whether its data
 * have the request's shape (lib/protocol/schemas.ts), then the handler. Everything a content script
 * says about the page it runs in (the address, a learned field's site) is taken from the sender.
 * Throws a Polish error for any refusal; nothing is read or written then.
 */
export async function dispatch(
  handlers: Handlers,
  type: string,
  data: unknown,
  sender: Sender,
  rules: SenderRules,
): Promise<unknown> {
  if (!Object.hasOwn(REQUEST_SCHEMAS, type)) throw new Error(DISPATCH_MESSAGES.unknown(type.slice(0, 60)));
  const messageType = type as MessageType;
  const from = await classifySender(messageType, sender, rules);
  if (from.kind === 'refused') throw new Error(REFUSED);
  const parsed = REQUEST_SCHEMAS[messageType].safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new Error(DISPATCH_MESSAGES.invalid(`${messageType}, ${where}${issue?.message ?? 'zły kształt'}`));
  }
  const request = from.kind === 'content' ? bindToSender(messageType, parsed.data, from) : parsed.data;
  const handler = handlers[messageType] as (data: unknown) => Promise<ResponseOf<MessageType>>;
  return handler(request);
}

/** A content script's request with the page it describes taken from its sender. */
function bindToSender(type: MessageType, data: unknown, from: ContentSender): unknown {
  const sameOrigin = (url: string) => URL.canParse(url) && new URL(url).origin === from.url.origin;
  switch (type) {
    case 'epuap.fillContext':
    case 'mc.learned': {
      const { url } = data as RequestOf<'mc.learned'>;
      return { url: sameOrigin(url) ? url : from.url.href };
    }
    case 'epuap.fillReport':
    case 'mc.fillReport': {
      const request = data as RequestOf<'mc.fillReport'>;
      const bound = sameOrigin(request.report.url)
        ? request
        : { ...request, report: { ...request.report, url: from.url.href } };
      // The municipality is the one whose fill the background started in this tab, not the payload's.
      return from.area === 'mc' ? { ...bound, profileId: from.profileId } : bound;
    }
    case 'mc.guard':
      return { on: (data as RequestOf<'mc.guard'>).on, tabId: from.tabId };
    case 'page.learnMapping': {
      const { mapping } = data as RequestOf<'page.learnMapping'>;
      if (!safePathMatches(mapping.pathPattern, from.url.pathname))
        throw new Error(DISPATCH_MESSAGES.otherPage);
      return { mapping: { ...mapping, site: from.url.hostname } };
    }
    default:
      return data;
  }
}
