import { z } from 'zod';
import type { LearnedMapping, Locator } from '../autofill/types';
import { MC_PASSWORD_FIELDS } from '../sites/mc/password-fill';
import type { Database } from './open';

/**
 * A learned mapping's path pattern is either an exact path ("/wps/portal/pismo") or a path prefix with
 * the one trailing `/*` that `pathPatternFor` writes ("/wps/myportal/*"). Nothing else: a pattern with
 * several stars compiled to a regular expression backtracks exponentially (10 stars took 28 s in the
 * service worker on every fill), and such a pattern can arrive in an import file or a crafted message.
 */
export const SAFE_PATH_PATTERN = /^(?:\/[^*]*|(?:\/[^*]*)?\/\*)$/;

export const PATH_PATTERN_MESSAGE =
  'Wzorzec adresu strony może kończyć się tylko jednym „/*” (jak zapisuje go Asystent).';

/** Whether `pathname` matches a safe pattern; linear in the lengths, never a regular expression. */
export function safePathMatches(pattern: string, pathname: string): boolean {
  if (!SAFE_PATH_PATTERN.test(pattern)) return false;
  if (!pattern.endsWith('/*')) return pathname === pattern;
  return pathname.startsWith(pattern.slice(0, -1));
}

/** Keys of the MC form's password fields: a locator learned for one of them must name a password input. */
export const PASSWORD_FIELD_KEYS: ReadonlySet<string> = new Set(MC_PASSWORD_FIELDS.map((f) => f.key));

const FrameStepSchema = z.object({
  index: z.number().int().min(0).max(1000),
  id: z.string().max(200).optional(),
  name: z.string().max(200).optional(),
  src: z.string().max(2000).optional(),
});

export const LocatorSchema = z.object({
  framePath: z.array(FrameStepSchema).max(8),
  tag: z.string().min(1).max(40),
  id: z.string().max(200).optional(),
  name: z.string().max(200).optional(),
  type: z.string().max(40).optional(),
  css: z.string().max(1000).optional(),
  labelText: z.string().max(300).optional(),
});

const passwordLocatorIsPassword = (m: { fieldKey: string; locator: Locator }) =>
  !PASSWORD_FIELD_KEYS.has(m.fieldKey) ||
  (m.locator.tag === 'input' && m.locator.type?.toLowerCase() === 'password');

/** A learned mapping as the background stores it (the id is `site + pathPattern + '#' + fieldKey`). */
export const LearnedMappingSchema = z
  .object({
    site: z
      .string()
      .min(1)
      .max(253)
      .regex(/^[a-z0-9.-]+$/i, { error: 'Nieprawidłowa nazwa strony.' }),
    pathPattern: z.string().min(1).max(1000).regex(SAFE_PATH_PATTERN, { error: PATH_PATTERN_MESSAGE }),
    fieldKey: z.string().min(1).max(100),
    locator: LocatorSchema,
    learnedAt: z.iso.datetime(),
  })
  .refine(passwordLocatorIsPassword, {
    error: 'Pole hasła można wskazać tylko jako pole typu „hasło”.',
    path: ['locator'],
  });

export const StoredMappingSchema = z
  .object({ id: z.string().min(1).max(1400) })
  .and(LearnedMappingSchema)
  .refine((m) => m.id === mappingId(m), { error: 'Nieprawidłowy identyfikator pola.', path: ['id'] });

export function mappingId(mapping: Pick<LearnedMapping, 'site' | 'pathPattern' | 'fieldKey'>): string {
  return `${mapping.site}${mapping.pathPattern}#${mapping.fieldKey}`;
}

/** One learned locator per field of a page: learning the same field again replaces it. */
export async function putMapping(db: Database, mapping: LearnedMapping): Promise<void> {
  const parsed = LearnedMappingSchema.safeParse(mapping);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? PATH_PATTERN_MESSAGE);
  await db.put('mappings', { ...parsed.data, id: mappingId(parsed.data) });
}

/**
 * The locators learned for the page at `url`, by field key (a later mapping replaces an earlier one).
 * Stored records that break the rules (written before them) are skipped, never matched.
 */
export async function learnedFor(db: Database, url: string): Promise<Record<string, Locator>> {
  const { hostname, pathname } = new URL(url);
  const out: Record<string, Locator> = {};
  const applicable = (await db.getAll('mappings'))
    .filter(
      (m) =>
        m.site === hostname &&
        safePathMatches(m.pathPattern, pathname) &&
        LearnedMappingSchema.safeParse(m).success,
    )
    .sort((a, b) => a.learnedAt.localeCompare(b.learnedAt));
  for (const m of applicable) out[m.fieldKey] = m.locator;
  return out;
}
