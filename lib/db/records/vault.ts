import { z } from 'zod';
import { VaultEnvelopeSchema } from '../../vault/envelope';
import type { Database } from '../open';
import type { VaultRecord } from '../schema';
import { StoredRecordError } from './ladder';

/**
 * The stored vault record, checked with the current envelope schema. It has no ladder of its own:
 * the envelope's version belongs to the encryption (it is authenticated with the ciphertext), so an
 * older envelope can only be re-sealed with the clerk's passphrase, and lib/vault opens every
 * version it knows (and says so for a newer one).
 */
export const VaultRecordSchema = z.object({
  profileId: z.string().min(1),
  envelope: VaultEnvelopeSchema,
  createdAt: z.iso.datetime({ offset: true }),
});

/** The municipality's vault; undefined when none. Throws StoredRecordError for a damaged record. */
export async function getVaultRecord(db: Database, profileId: string): Promise<VaultRecord | undefined> {
  const record = await db.get('vault', profileId);
  if (record === undefined) return undefined;
  const parsed = VaultRecordSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  throw new StoredRecordError(
    'invalid',
    'Sejf z hasłami: zapis jest uszkodzony, nie da się go odczytać. Zapisane dane pozostały nienaruszone.',
  );
}
