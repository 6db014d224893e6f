/**
 * Many municipalities at once (a project coordinator preparing applications for every gmina):
 * one PDF per complete profile in a ZIP, the incomplete ones listed with what they lack.
 */
import { zipSync } from 'fflate';
import { municipalityName } from '../profile/name';
import type { ProfileFields } from '../profile/schema';
import { applicationFileName, isDocumentDataError, type MissingField } from './application-data';
import { type ApplicationPdfOptions, renderApplicationPdf } from './application-pdf';
import type { FontBytes } from './fonts';
import { type ApplicationSnapshot, snapshotForApplication } from './snapshot';

export interface BatchOptions extends Omit<ApplicationPdfOptions, 'place'> {
  /** Place per profile; defaults to each office's town. */
  placeFor?: (profile: ProfileFields) => string | undefined;
}

export interface BatchResult {
  zip: Uint8Array;
  /** File names in the archive, in profile order. */
  files: string[];
  /** What was printed, per file, to store like single applications' snapshots. */
  snapshots: ApplicationSnapshot[];
  skipped: Array<{ name: string; missing: MissingField[] }>;
}

function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = name.replace(/\.pdf$/, `-${n}.pdf`);
  taken.add(candidate);
  return candidate;
}

export async function applicationsZip(
  profiles: Array<ProfileFields & { id?: string }>,
  options: BatchOptions,
): Promise<BatchResult> {
  const entries: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  const files: string[] = [];
  const snapshots: ApplicationSnapshot[] = [];
  const skipped: BatchResult['skipped'] = [];
  let fonts: Promise<FontBytes> | undefined;
  const loadOnce = () => {
    fonts ??= options.loadFonts();
    return fonts;
  };

  for (const profile of profiles) {
    let snapshot: ApplicationSnapshot;
    try {
      snapshot = snapshotForApplication(profile, { ...options, place: options.placeFor?.(profile) });
    } catch (error) {
      if (!isDocumentDataError(error)) throw error;
      skipped.push({ name: municipalityName(profile) || '(bez nazwy)', missing: error.missing });
      continue;
    }
    const pdf = await renderApplicationPdf(snapshot, { loadFonts: loadOnce, subset: options.subset });
    const file = uniqueName(applicationFileName(snapshot.fields, snapshot.date), taken);
    entries[file] = pdf;
    files.push(file);
    snapshots.push(snapshot);
  }
  // PDFs are already compressed inside; storing them keeps the batch fast.
  const zip = zipSync(entries, { level: 0, mtime: options.now ?? new Date() });
  return { zip, files, snapshots, skipped };
}
