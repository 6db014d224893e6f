// The ePUAP top banner after logging in to an organisation account shows who is logged in ("Zalogowany")
// and in which organisation ("Organizacja", with its identifier). The real markup is unknown, so the
// banner is read as text beside labels, tolerating inline text, dt/dd pairs and separate elements.
// Runs on every ePUAP page load: one bounded text walk, nothing else.

import { findLabelledText } from '../../text/labelled-text';
import { lazyPattern, normalizeText } from '../../text/normalize';

export interface EpuapBannerInfo {
  /** ePUAP login of the person (Identyfikator użytkownika), e.g. "jkowalski". */
  login: string | null;
  /** The person's name when the banner shows it. */
  personName: string | null;
  /** Organisation name, e.g. "Urząd Gminy Brudzew". */
  orgName: string | null;
  /** Organisation identifier (Identyfikator podmiotu publicznego), e.g. "UGBrudzew". */
  orgId: string | null;
}

const USER_LABELS = ['Zalogowany jako', 'Zalogowana jako', 'Zalogowany', 'Zalogowana', 'Użytkownik'];
const ORG_LABELS = [
  'Organizacja',
  'Kontekst organizacji',
  'Zalogowano w kontekście',
  'Konto podmiotu',
  'Podmiot',
];
const ORG_ID_LABELS = ['Identyfikator organizacji', 'Identyfikator podmiotu', 'Identyfikator', 'ID podmiotu'];
/** Words that end a value when a banner puts everything in one line. */
const ACTIONS = ['Wyloguj', 'Moje konto', 'Zmień kontekst', 'Zmień organizację'];
const USER_STOPS = [...ORG_LABELS, ...ORG_ID_LABELS, ...ACTIONS];
// The organisation's identifier may follow its name in the same text, so identifier labels do not end it.
const ORG_STOPS = [...USER_LABELS, ...ACTIONS];

/** ePUAP identifiers: letters, digits, dot, underscore, hyphen; at most 100 characters. */
export const EPUAP_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** Where a banner is looked for first. */
export const BANNER_HEADER =
  'header, [role="banner"], #header, .header, #banner, .banner, .top-bar, .topbar, .navbar';

/**
 * Reads the banner; null when the page shows neither a logged-in user nor an organisation. `read.header`
 * tells whether it was read in the page's header parts (`BANNER_HEADER`), not in the body: then it is a
 * function of their markup, and the same markup on the next page is the same banner.
 */
export function readEpuapBanner(doc: Document, read = { header: false }): EpuapBannerInfo | null {
  for (const scope of [...doc.querySelectorAll(BANNER_HEADER), doc.body]) {
    const info = scope && readScope(scope);
    if (info) {
      read.header = scope !== doc.body;
      return info;
    }
  }
  return null;
}

function readScope(scope: Element): EpuapBannerInfo | null {
  const user = findLabelledText(scope, USER_LABELS);
  const org = findLabelledText(scope, ORG_LABELS);
  if (!user && !org) return null;
  const info: EpuapBannerInfo = { login: null, personName: null, orgName: null, orgId: null };
  if (user) Object.assign(info, parsePerson(cutAtStopWord(user.text, USER_STOPS)));
  if (org) Object.assign(info, parseOrganisation(cutAtStopWord(org.text, ORG_STOPS)));
  if (!info.orgId) {
    const id = findLabelledText(scope, ORG_ID_LABELS);
    const candidate = id ? cutAtStopWord(id.text, ACTIONS).split(' ')[0] : undefined;
    if (candidate && EPUAP_ID.test(candidate)) info.orgId = candidate;
  }
  return info;
}

/** "Jan Kowalski (jkowalski) | Organizacja: …" → "Jan Kowalski (jkowalski)". */
function cutAtStopWord(text: string, stops: readonly string[]): string {
  // A stop word after a separator, not at the very start (the value itself may begin with one).
  const index = normalizeText(text).search(
    lazyPattern(`(?<=.)[\\s|•,;](?:${stops.map(normalizeText).join('|')})\\b`, ''),
  );
  return text
    .slice(0, index > 0 ? index : text.length)
    .replace(/[\s|•,;:]+$/, '')
    .trim();
}

/** "Jan Kowalski (jkowalski)", "jkowalski (Jan Kowalski)" or "jkowalski". */
export function parsePerson(text: string): Pick<EpuapBannerInfo, 'login' | 'personName'> {
  const paren = text.match(/^(.*?)\s*[([]\s*([^)\]]+?)\s*[)\]]\s*$/);
  if (paren) {
    const outside = (paren[1] ?? '').trim();
    const inside = (paren[2] ?? '').trim();
    if (EPUAP_ID.test(inside)) return { login: inside, personName: outside || null };
    if (EPUAP_ID.test(outside)) return { login: outside, personName: inside || null };
  }
  const loginLabel = text.match(/login:?\s*([A-Za-z0-9._-]{1,100})/i);
  if (loginLabel?.[1])
    return {
      login: loginLabel[1],
      personName: text.slice(0, loginLabel.index).replace(/[,\s]+$/, '') || null,
    };
  if (EPUAP_ID.test(text)) return { login: text, personName: null };
  // "Anna Nowak anowak": a capitalised name followed by a login in lower case (separate elements).
  const words = text.split(' ');
  const last = words.pop() ?? '';
  if (
    words.length >= 2 &&
    EPUAP_ID.test(last) &&
    /[a-z0-9]/.test(last) &&
    words.every((w) => /^[A-Z]/.test(w) || lazyPattern('^\\p{Lu}').test(w))
  ) {
    return { login: last, personName: words.join(' ') };
  }
  return { login: null, personName: text || null };
}

/** "Urząd Gminy Brudzew (UGBrudzew)", "… [UGBrudzew]", "…, identyfikator: UGBrudzew", "… / UGBrudzew". */
export function parseOrganisation(text: string): Pick<EpuapBannerInfo, 'orgName' | 'orgId'> {
  const esp = text.match(/\/([A-Za-z0-9._-]{1,100})\/[A-Za-z0-9._-]+/);
  const patterns = [
    /^(.*?)\s*[([]\s*(?:id(?:entyfikator)?:?\s*)?([A-Za-z0-9._-]{1,100})\s*[)\]]\s*$/i,
    /^(.*?)[,;]?\s*(?:identyfikator|id)(?: podmiotu| organizacji)?:?\s*([A-Za-z0-9._-]{1,100})$/i,
    /^(.*?)\s+[/|–-]\s+([A-Za-z0-9._-]{1,100})$/,
  ];
  for (const pattern of patterns) {
    const m = text.match(pattern);
    if (m?.[2]) return { orgName: (m[1] ?? '').trim() || null, orgId: m[2] };
  }
  if (esp?.[1]) return { orgName: text.slice(0, esp.index).replace(/[,\s(]+$/, '') || null, orgId: esp[1] };
  if (EPUAP_ID.test(text)) return { orgName: null, orgId: text };
  return { orgName: text || null, orgId: null };
}
