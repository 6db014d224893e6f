import { z } from 'zod';
import { LearnedMappingSchema } from '../db/mappings';
import { SCAN_MAX_BYTES } from '../documents/scan-check';
import { ApplicationSnapshotSchema } from '../documents/snapshot';
import type { MessageType } from '../messages';
import { PROFILE_FIELD_NAMES } from '../profile/schema';
import { MAX_IMPORT_BYTES } from '../transfer/import-file';
import { VaultEnvelopeSchema } from '../vault/envelope';

/**
 * The shape of every request of the protocol, checked by the background before any handler runs
 * (lib/messaging/dispatch.ts). The types in lib/protocol/<area>.ts say what honest callers send;
 * these say what is accepted from any caller, with bounds, so a damaged or hostile message is
 * refused whole instead of reaching the database half-understood.
 */

const Id = z.string().min(1).max(200);
const Text = (max: number) => z.string().max(max);
const None = z
  .undefined()
  .or(z.null())
  .transform(() => undefined);
const Url = z
  .string()
  .max(4000)
  .refine((value) => URL.canParse(value), { error: 'Nieprawidłowy adres.' });

const ProfileInputSchema = z.object(
  Object.fromEntries(PROFILE_FIELD_NAMES.map((name) => [name, Text(2000)])) as Record<
    (typeof PROFILE_FIELD_NAMES)[number],
    z.ZodString
  >,
);

const BannerSchema = z.object({
  login: Text(200).nullable(),
  personName: Text(200).nullable(),
  orgName: Text(300).nullable(),
  orgId: Text(200).nullable(),
});

const FieldReportSchema = z.object({
  key: Text(100),
  label: Text(300),
  status: z.enum(['filled', 'already', 'not-found', 'conflict', 'ambiguous', 'error', 'hint', 'skipped']),
  message: Text(2000),
  foundBy: z.enum(['learned', 'label']).optional(),
  frame: z.array(z.number().int().min(0)).max(8).optional(),
});

export const FillReportSchema = z.object({
  recipeId: Text(100),
  url: Url,
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  fields: z.array(FieldReportSchema).max(200),
  ok: z.boolean(),
});

const Overwrite = z.array(Text(100)).max(200).optional();
/** base64 of a little more than the largest scan accepted: the handler checks the size and says so in Polish. */
const MAX_SCAN_BASE64 = Math.ceil((2 * SCAN_MAX_BYTES * 4) / 3) + 8;

export const REQUEST_SCHEMAS = {
  // core
  'state.get': None,
  'profile.save': z.object({ id: Id.nullable(), input: ProfileInputSchema }),
  'profile.delete': z.object({ id: Id }),
  'profile.setActive': z.object({ id: Id }),
  'draft.put': z.object({ key: Id, input: ProfileInputSchema }),
  'draft.discard': z.object({ key: Id }),
  'transfer.export': None,
  'transfer.plan': z.object({ text: Text(MAX_IMPORT_BYTES) }),
  'transfer.apply': z.object({ text: Text(MAX_IMPORT_BYTES), replaceIds: z.array(Id).max(10_000) }),
  // epuap
  'epuap.bannerSeen': z.object({ banner: BannerSchema }),
  'epuap.applyBanner': z.object({ profileId: Id.nullable(), banner: BannerSchema }),
  'epuap.fillContext': z.object({ url: Url }),
  'epuap.fillReport': z.object({ report: FillReportSchema }),
  'epuap.sentSeen': z.object({
    confirmation: z.object({ sentAt: Text(40).optional(), documentNumber: Text(200).optional() }),
  }),
  'epuap.lastReport': None,
  'epuap.forgetMappings': None,
  'epuap.fillTab': z.object({ tabId: z.number().int().min(0), overwrite: Overwrite }),
  'epuap.tabBanner': z.object({ tabId: z.number().int().min(0) }),
  // process (the event and the settings are checked field by field in their handlers)
  'process.get': z.object({ profileId: Id }),
  'process.event': z.object({
    profileId: Id,
    event: z.looseObject({ type: Text(60) }).refine((e) => JSON.stringify(e).length < 10_000),
  }),
  'process.overview': None,
  'settings.get': None,
  'settings.put': z.looseObject({}).refine((e) => JSON.stringify(e).length < 10_000),
  // documents
  'documents.context': z.object({ profileId: Id.optional() }),
  'documents.saveSnapshots': z.object({ snapshots: z.array(ApplicationSnapshotSchema).max(1000) }),
  'documents.storeScan': z.object({
    profileId: Id,
    name: Text(1000),
    type: Text(200),
    base64: Text(MAX_SCAN_BASE64),
  }),
  'documents.deleteScan': z.object({ profileId: Id }),
  'documents.getScan': z.object({ profileId: Id }),
  'documents.setCoordinatorEmail': z.object({ email: Text(320) }),
  // mc
  'mc.context': z.object({ profileId: Id.optional() }),
  'mc.storeVault': z.object({ profileId: Id, envelope: VaultEnvelopeSchema, replace: z.boolean() }),
  'mc.vault': z.object({ profileId: Id }),
  'mc.learned': z.object({ url: Url }),
  'mc.fillStarted': z.object({
    tabId: z.number().int().min(0),
    origin: Url.refine((url) => new URL(url).origin === url && url.startsWith('https://'), 'origin https'),
    documentId: Text(200).optional(),
    profileId: Id,
  }),
  'mc.fillReport': z.object({ profileId: Id, report: FillReportSchema }),
  'mc.guard': z.object({ on: z.boolean() }),
  'mc.passwordsKept': z.object({ profileId: Id }),
  // page (both content scripts)
  'page.learnMapping': z.object({ mapping: LearnedMappingSchema }),
} satisfies Record<MessageType, z.ZodType>;

/** Every request type the background answers, in one list (the messenger registers one listener each). */
export const MESSAGE_TYPES = Object.keys(REQUEST_SCHEMAS) as MessageType[];
