import { FIELD_LABELS } from '../profile/labels';
import type { ProfileFieldName } from '../profile/schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, schemaForVersion } from './format';

export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; error: string };

/** Import files larger than this are not exports of ours (one profile is about 1 KB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const IMPORT_TOO_LARGE =
  'Plik jest za duży jak na eksport Asystenta ePUAP (najwyżej 10 MB), więc nie został wczytany. Wybierz plik zapisany przyciskiem „Eksportuj”.';

/**
 * Checked on the chosen file's size before a byte of it is read: a huge file would otherwise be read
 * whole into the page's memory first. Null when the size is fine.
 */
export function importFileSizeError(size: number): string | null {
  return size > MAX_IMPORT_BYTES ? IMPORT_TOO_LARGE : null;
}

/**
 * Reads an export file and says, in Polish, what is wrong with a malformed, foreign or newer one.
 * Nothing is written here: the caller applies a file only after it parsed whole.
 */
export function parseImportFile(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: IMPORT_TOO_LARGE };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error:
        'Plik nie jest poprawnym plikiem JSON (może jest uszkodzony albo to inny plik). Wybierz plik z eksportu Asystenta ePUAP.',
    };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT)
    return {
      ok: false,
      error: 'To nie jest plik eksportu Asystenta ePUAP. Wybierz plik zapisany przyciskiem „Eksportuj”.',
    };
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION)
    return {
      ok: false,
      error: `Plik pochodzi z nowszej wersji Asystenta ePUAP (format ${version}, ta wersja czyta do ${EXPORT_VERSION}). Zaktualizuj rozszerzenie i spróbuj ponownie.`,
    };
  const result = schemaForVersion(version).safeParse(json);
  if (!result.success) return { ok: false, error: describeSchemaError(result.error.issues[0], json) };
  return { ok: true, file: result.data };
}

/** Polish names of the file's parts, for saying where it is damaged. */
const PARTS: Record<string, string> = {
  exportedAt: 'data eksportu',
  activeProfileId: 'aktywna gmina',
  profiles: 'gminy',
  progress: 'postęp procesu',
  snapshots: 'dane z wydrukowanych wniosków',
  mappings: 'wskazane pola stron',
};

function describeSchemaError(
  issue: { path: PropertyKey[]; message: string } | undefined,
  json: unknown,
): string {
  const prefix = 'Plik eksportu jest uszkodzony i nic nie zostało zaimportowane.';
  if (!issue) return prefix;
  const [top, index, field] = issue.path;
  if (top === 'profiles' && typeof index === 'number') {
    const profiles = (json as { profiles?: Array<{ municipality?: unknown }> }).profiles;
    const name = profiles?.[index]?.municipality;
    const who = typeof name === 'string' && name ? `„${name}”` : `nr ${index + 1}`;
    const label =
      typeof field === 'string' && field in FIELD_LABELS ? FIELD_LABELS[field as ProfileFieldName] : field;
    return `${prefix} Gmina ${who}${label ? `, pole ${String(label)}` : ''}: ${issue.message}`;
  }
  const part = typeof top === 'string' ? PARTS[top] : undefined;
  return `${prefix}${part ? ` Część „${part}”:` : ''} ${issue.message}`;
}
