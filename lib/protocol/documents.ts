/** Documents: the application PDF and its snapshot, the signed scan, the paper trail. */
import type { ApplicationSnapshot } from '../documents/snapshot';
import type { Profile } from '../profile/schema';

/**
 * The PDFs are made in the documents page (pdf-lib and the font load only there); the background
 * keeps what they printed, the scan and the coordinator's address. Bytes cross contexts as base64
 * because messages must be JSON-serialisable.
 */
export interface DocumentsProtocol {
  /** Everything the documents page shows, for the active municipality (or the one asked for). */
  'documents.context': { request: { profileId?: string }; response: DocumentsContext };
  /** Keeps what the application(s) printed, one snapshot per municipality, replacing older ones. */
  'documents.saveSnapshots': {
    request: { snapshots: ApplicationSnapshot[] };
    response: { ok: true; saved: number } | { ok: false; message: string };
  };
  /** Checks the signed scan again (type by content, size) and keeps it; a rejected file changes nothing. */
  'documents.storeScan': {
    request: { profileId: string; name: string; type: string; base64: string };
    response: { ok: true; scan: ScanSummary; warning?: string } | { ok: false; message: string };
  };
  'documents.deleteScan': { request: { profileId: string }; response: null };
  /** The stored scan's bytes, for "Pobierz" on the documents page (the ePUAP page gets it in `epuap.fillContext`). */
  'documents.getScan': { request: { profileId: string }; response: ScanForFill | null };
  'documents.setCoordinatorEmail': {
    request: { email: string };
    response: { ok: true; coordinatorEmail: string } | { ok: false; message: string };
  };
}

export interface ScanSummary {
  name: string;
  type: string;
  size: number;
  storedAt: string;
}

export interface ScanForFill {
  name: string;
  type: string;
  /** The file's bytes, standard base64. */
  base64: string;
}

export interface DocumentsContext {
  profiles: Profile[];
  activeProfileId: string | null;
  /** The municipality the page works on: the one asked for, else the active one, else none. */
  profileId: string | null;
  /** The stored application snapshot of every municipality that has one, by profile id. */
  snapshots: Record<string, ApplicationSnapshot>;
  /** The stored scan of `profileId`'s municipality. */
  scan: ScanSummary | null;
  coordinatorEmail: string;
}
