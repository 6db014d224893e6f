// What the MC form states about its passwords: the password fields' `pattern`, `minlength`/`maxlength`
// and the visible rule text around them ("Hasło: 12–16 znaków, tylko litery i cyfry"). Plain data for the
// vault's generator (generatePasswordPairFitting) and for checking the vault's passwords before typing.

import { collectDocuments, deepQueryAll, idRefsText, isRendered } from '../../autofill/dom';
import { normalizeText } from '../../autofill/text';
import { waitFor } from '../../autofill/wait';
import type { PagePasswordConstraints } from '../../vault/page-constraints';

const PASSWORD_INPUT = 'input[type="password"]';

/** The rendered password fields of the page: every same-origin frame, open shadow roots included. */
export function passwordInputs(top: Document): HTMLInputElement[] {
  return collectDocuments(top).flatMap(({ doc }) =>
    deepQueryAll<HTMLInputElement>(doc, PASSWORD_INPUT).filter((el) => isRendered(el)),
  );
}

/**
 * A step of the form that shows its data fields but no password field (a wizard's first steps) has none:
 * once the page has not changed for this long, the wait for password fields ends.
 */
const NO_PASSWORDS_QUIET_MS = 200;

/**
 * Waits (bounded) until the page shows its password fields, as a form mounted late or a frame whose
 * src is set late does, so that what is read is the form's rules and not an empty page's. Once
 * `formShown()` says the form itself is there, a page that stays quiet without password fields is
 * taken to have none on this step (false), instead of waiting out the bound.
 */
export async function passwordFieldsShown(
  top: Document,
  timeoutMs = 10_000,
  formShown: () => boolean = () => false,
): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  const roots = () => collectDocuments(top).map((d) => d.doc.documentElement);
  const shown = () => (passwordInputs(top).length > 0 ? true : null);
  const poll = { settleMs: 30, pollMs: 100, checkFirst: true };
  const first = await waitFor(roots(), () => shown() ?? (formShown() ? false : null), { timeoutMs, ...poll });
  if (first !== false) return first === true;
  const later = await waitFor(roots(), shown, {
    timeoutMs: Math.max(0, until - Date.now()),
    quietMs: NO_PASSWORDS_QUIET_MS,
    ...poll,
  });
  return later === true;
}

/** The page's password rules once its password fields are shown (see passwordFieldsShown). */
export async function readPasswordConstraintsWhenShown(
  top: Document,
  timeoutMs = 10_000,
  formShown?: () => boolean,
): Promise<PagePasswordConstraints> {
  await passwordFieldsShown(top, timeoutMs, formShown);
  return readPasswordConstraints(top);
}

/** The rule text a person reads beside the password fields (descriptions, hints, the section's text). */
function ruleTexts(inputs: readonly HTMLInputElement[]): string[] {
  const texts = new Set<string>();
  for (const input of inputs) {
    const described = idRefsText(input, 'aria-describedby');
    if (described) texts.add(described);
    let container: Element | null = input.parentElement;
    for (let level = 0; container && level < 4; level++, container = container.parentElement) {
      const text = container.textContent ?? '';
      if (text.length > 1500) break;
      texts.add(text);
    }
  }
  const roots = new Set(inputs.map((input) => input.getRootNode() as Document | ShadowRoot));
  for (const root of roots) {
    // Rules are often stated once for the whole form ("Zasady haseł: …").
    for (const el of Array.from(root.querySelectorAll('p, li, small, span, div, .hint, .help'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.nodeValue ?? '')
        .join(' ');
      if (/has[lł]/i.test(own) && /znak|liter|cyfr/i.test(own)) texts.add(own);
    }
  }
  return [...texts].map(normalizeText);
}

const N = '(\\d{1,3})';

/** The parts of a rule text that say what a password must contain, each up to the end of its sentence. */
function requirementClauses(text: string): string[] {
  const out: string[] = [];
  const start =
    /\b(co najmniej|przynajmniej|minimum|w tym|musi zawierac|musi miec|musi posiadac|powinno zawierac|powinno miec|zawierac|zawierajace|wymagan[ey]?)\b/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const rest = text.slice(m.index + m[0].length);
    const end = rest.search(/[.;]\s|[.;]$/);
    out.push(end < 0 ? rest : rest.slice(0, end));
  }
  return out;
}

/** Reads the stated password rules of the page (all same-origin frames). */
export function readPasswordConstraints(top: Document): PagePasswordConstraints {
  const inputs = passwordInputs(top);
  const c: PagePasswordConstraints = { patterns: [], requires: [] };
  const atLeast = (n: number): void => {
    c.minLength = Math.max(c.minLength ?? 0, n);
  };
  const atMost = (n: number): void => {
    c.maxLength = Math.min(c.maxLength ?? Number.POSITIVE_INFINITY, n);
  };
  for (const input of inputs) {
    if (input.minLength > 0) atLeast(input.minLength);
    if (input.maxLength > 0) atMost(input.maxLength);
    const pattern = input.getAttribute('pattern');
    if (pattern && !c.patterns.includes(pattern)) c.patterns.push(pattern);
  }
  for (const text of ruleTexts(inputs)) {
    let m: RegExpExecArray | null;
    const range = new RegExp(`(?:od\\s*)?${N}\\s*(?:-|–|do)\\s*${N}\\s*znak`).exec(text);
    if (range) {
      atLeast(Number(range[1]));
      atMost(Number(range[2]));
    }
    m = new RegExp(
      `(?:co najmniej|minimum|min\\.?|przynajmniej|nie mniej niz|nie krotsze niz|minimalna dlugosc:?)\\s*${N}\\s*znak`,
    ).exec(text);
    if (m) atLeast(Number(m[1]));
    m = new RegExp(
      `(?:najwyzej|maksymalnie|maksimum|max\\.?|nie wiecej niz|nie dluzsze niz|do|maksymalna dlugosc:?)\\s*${N}\\s*znak`,
    ).exec(text);
    if (m && !range) atMost(Number(m[1]));
    m = new RegExp(`dokladnie\\s*${N}\\s*znak`).exec(text);
    if (m) {
      atLeast(Number(m[1]));
      atMost(Number(m[1]));
    }
    if (
      /(tylko|wylacznie) (z )?liter\w*( lacinski\w*| angielski\w*)? i cyfr|tylko znaki alfanumeryczne|bez znakow specjalnych|nie moze zawierac znakow specjalnych|znaki specjalne (sa )?niedozwolone/.test(
        text,
      )
    )
      c.noSymbols = true;
    const listed =
      /znak(?:i|ow)? specjaln\w*(?: \(?dozwolone\)?)?(?: (?:sposrod|z zestawu|z listy|z grupy))?:\s*([!-/:-@[-`{-~](?:[\s,]*[!-/:-@[-`{-~])*)/.exec(
        text,
      );
    if (listed?.[1]) c.allowedSymbols = listed[1].replace(/[\s,]/g, '');
    const require = (kind: PagePasswordConstraints['requires'][number]): void => {
      if (!c.requires.includes(kind)) c.requires.push(kind);
    };
    // A requirement clause ("co najmniej jedna mała i wielka litera, cyfra i znak specjalny", "musi
    // zawierać cyfrę oraz znak specjalny") names the kinds up to the end of its sentence, in any case form.
    for (const clause of requirementClauses(text)) {
      if (/\bliter/.test(clause) && /\b(wielk|duz)/.test(clause)) require('upper');
      if (/\bliter/.test(clause) && /\bmal/.test(clause)) require('lower');
      if (/\bcyfr/.test(clause)) require('digits');
      if (/\bznak\w* specjaln/.test(clause) && !c.noSymbols) require('symbols');
    }
  }
  if (c.maxLength === Number.POSITIVE_INFINITY) delete c.maxLength;
  return c;
}
