/**
 * The background's side of the documents: it keeps what the application printed (snapshot), the
 * signed scan and the coordinator's address. It never loads pdf-lib or the font: the PDFs are made
 * in the documents page, so these imports are the light modules of lib/documents, not its index.
 */

import { getActiveProfileId, getSettings, putSettings } from '../db/meta';
import type { Database } from '../db/open';
import { chooseProfileId } from '../db/profiles';
import { listSnapshots } from '../db/records/snapshots';
import type { ScanRecord } from '../db/schema';
import { checkScanFile, SCAN_HEAD_BYTES, SCAN_MAX_BYTES } from '../documents/scan-check';
import { type ApplicationSnapshot, ApplicationSnapshotSchema } from '../documents/snapshot';
import { emailError } from '../profile/identifiers';
import type { DocumentsContext, DocumentsProtocol, ScanForFill, ScanSummary } from '../protocol/documents';
import { decodeBase64, encodeBase64 } from '../text/base64';
import { type AreaHandlers, type ServiceDeps, UNKNOWN_PROFILE_MESSAGE } from './deps';
import { recordProcessEvent } from './process-events';

export const DOCUMENT_MESSAGES = {
  unknownProfile: UNKNOWN_PROFILE_MESSAGE,
  badSnapshot:
    'Dane wniosku są niekompletne lub uszkodzone, więc ich nie zapisano. Wygeneruj wniosek ponownie.',
  damagedScan: 'Plik skanu dotarł uszkodzony i nie został zapisany. Wybierz go jeszcze raz.',
  coordinatorEmail:
    'Podaj adres e-mail koordynatora w postaci nazwa@domena.pl, np. koordynator@e-instytucja.pl.',
} as const;

/** Longest file name kept (file systems allow 255 bytes; longer ones come from a damaged request). */
const MAX_NAME = 255;

export function scanSummary(record: ScanRecord): ScanSummary {
  return { name: record.name, type: record.type, size: record.size, storedAt: record.storedAt };
}

async function readContext(db: Database, profileId?: string): Promise<DocumentsContext> {
  const [profiles, active, snapshotRecords, settings] = await Promise.all([
    db.getAll('profiles'),
    getActiveProfileId(db),
    listSnapshots(db),
    getSettings(db),
  ]);
  const chosen = chooseProfileId(profiles, profileId, active);
  const scan = chosen ? await db.get('scans', chosen) : undefined;
  return {
    profiles: profiles.sort((a, b) => a.municipality.localeCompare(b.municipality, 'pl')),
    activeProfileId: chooseProfileId(profiles, active, null),
    profileId: chosen,
    snapshots: Object.fromEntries(snapshotRecords.map((r) => [r.profileId, r.snapshot])),
    scan: scan ? scanSummary(scan) : null,
    coordinatorEmail: settings.coordinatorEmail,
  };
}

/** The stored scan as a message carries it: for the documents page's "Pobierz" and the ePUAP fill's attachment. */
export async function readScan(db: Database, profileId: string): Promise<ScanForFill | null> {
  const record = await db.get('scans', profileId);
  if (!record) return null;
  return { name: record.name, type: record.type, base64: encodeBase64(new Uint8Array(record.bytes)) };
}

export function documentHandlers({ db, now, notify }: ServiceDeps): AreaHandlers<DocumentsProtocol> {
  return {
    'documents.context': ({ profileId }) => readContext(db, profileId),

    'documents.saveSnapshots': async ({ snapshots }) => {
      const parsed: Array<ApplicationSnapshot & { profileId: string }> = [];
      for (const input of snapshots) {
        const result = ApplicationSnapshotSchema.safeParse(input);
        if (!result.success || !result.data.profileId)
          return { ok: false, message: DOCUMENT_MESSAGES.badSnapshot };
        if (!(await db.get('profiles', result.data.profileId)))
          return { ok: false, message: DOCUMENT_MESSAGES.unknownProfile };
        parsed.push({ ...result.data, profileId: result.data.profileId });
      }
      // All or nothing: a batch stored half-way would leave the clerk unsure which data were printed.
      const tx = db.transaction('snapshots', 'readwrite');
      for (const snapshot of parsed) await tx.store.put({ profileId: snapshot.profileId, snapshot });
      await tx.done;
      const at = now().toISOString();
      for (const snapshot of parsed)
        await recordProcessEvent(db, snapshot.profileId, { type: 'application-generated', at });
      notify(['snapshots', 'progress']);
      return { ok: true, saved: parsed.length };
    },

    'documents.storeScan': async ({ profileId, name, type, base64 }) => {
      if (!(await db.get('profiles', profileId)))
        return { ok: false, message: DOCUMENT_MESSAGES.unknownProfile };
      const fileName = name.trim().slice(0, MAX_NAME) || 'skan.pdf';
      // Refuse an oversized file before decoding it: base64 is 4 characters per 3 bytes.
      const estimated = Math.floor((base64.length * 3) / 4);
      const bytes = estimated > SCAN_MAX_BYTES + 3 ? null : decodeBase64(base64);
      const head = bytes ?? decodeBase64(base64.slice(0, 24)) ?? new Uint8Array();
      const check = checkScanFile({
        name: fileName,
        type,
        size: bytes ? bytes.length : estimated,
        firstBytes: head.subarray(0, SCAN_HEAD_BYTES),
      });
      if (!check.ok) return { ok: false, message: check.message };
      if (!bytes) return { ok: false, message: DOCUMENT_MESSAGES.damagedScan };
      const record: ScanRecord = {
        profileId,
        name: fileName,
        type: check.kind === 'pdf' ? 'application/pdf' : 'image/jpeg',
        size: bytes.length,
        bytes: bytes.buffer,
        storedAt: now().toISOString(),
      };
      await db.put('scans', record);
      await recordProcessEvent(db, profileId, { type: 'scan-stored', at: record.storedAt, fileName });
      notify(['scans', 'progress']);
      return check.warning
        ? { ok: true, scan: scanSummary(record), warning: check.warning }
        : { ok: true, scan: scanSummary(record) };
    },

    'documents.deleteScan': async ({ profileId }) => {
      await db.delete('scans', profileId);
      notify(['scans']);
      return null;
    },

    'documents.getScan': ({ profileId }) => readScan(db, profileId),

    'documents.setCoordinatorEmail': async ({ email }) => {
      const value = email.trim().toLowerCase();
      if (!value || emailError(value)) return { ok: false, message: DOCUMENT_MESSAGES.coordinatorEmail };
      // Read-modify-write keeps the other settings (the reminder threshold) as they are.
      await putSettings(db, { ...(await getSettings(db)), coordinatorEmail: value });
      notify(['meta']);
      return { ok: true, coordinatorEmail: value };
    },
  };
}
