import { describe, expect, it } from 'vitest';
import type { MessageType } from '../../../lib/messages';
import { DISPATCH_MESSAGES, dispatch } from '../../../lib/messaging/dispatch';
import { REFUSED, type Sender, type SenderRules } from '../../../lib/messaging/senders';
import { emptyProfileInput } from '../../../lib/profile/schema';
import { MESSAGE_TYPES } from '../../../lib/protocol/schemas';
import type { Handlers } from '../../../lib/service/deps';
import { McFillRegistry } from '../../../lib/service/mc-fills';
import { freshService } from '../service/test-db';

const ID = 'asystent-id';
const BASE = `chrome-extension://${ID}/`;
const MC_ORIGIN = 'https://formularz-mc.example.gov.pl';
/** The MC fills "mc.html" started in these tests (tab 5 on MC_ORIGIN, see serviceWithSecrets). */
const mcFills = new McFillRegistry();
const rules: SenderRules = {
  runtimeId: ID,
  extensionBase: BASE,
  isMcOrigin: async (origin) => origin === MC_ORIGIN,
  mcFill: (tabId, origin, documentId) => mcFills.forSender(tabId, origin, documentId),
};

const popup: Sender = { id: ID, url: `${BASE}popup.html` };
const mcPage: Sender = { id: ID, url: `${BASE}mc.html`, frameId: 0, tab: { id: 7 } };
const epuapTop: Sender = {
  id: ID,
  url: 'https://epuap.gov.pl/wps/myportal/pismo',
  frameId: 0,
  tab: { id: 3 },
};
const epuapFrame: Sender = { ...epuapTop, url: 'https://epuap.gov.pl/frame', frameId: 4 };
const mcTop: Sender = { id: ID, url: `${MC_ORIGIN}/wniosek/7f3a`, frameId: 0, tab: { id: 5 } };
const elsewhere: Sender = { id: ID, url: 'https://evil.example/', frameId: 0, tab: { id: 9 } };
const otherExtension: Sender = { id: 'other-extension', url: `chrome-extension://other-extension/x.html` };
const noId: Sender = { url: 'https://epuap.gov.pl/wps/myportal/pismo', frameId: 0, tab: { id: 3 } };

const EPUAP_AREA: MessageType[] = [
  'epuap.bannerSeen',
  'epuap.applyBanner',
  'epuap.fillContext',
  'epuap.fillReport',
  'epuap.sentSeen',
  'page.learnMapping',
];
const MC_AREA: MessageType[] = ['mc.fillReport', 'mc.learned', 'page.learnMapping', 'mc.guard'];

/** Every store's records, to prove that a refused message changed nothing. */
async function dump(db: Awaited<ReturnType<typeof freshService>>['db']) {
  const stores = [...db.objectStoreNames];
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
}

/** A service with one municipality, its scan and its vault: what a compromised script would be after. */
async function serviceWithSecrets() {
  const service = await freshService();
  const calls: string[] = [];
  const saved = await service.handlers['profile.save']({
    id: null,
    input: { ...emptyProfileInput(), municipality: 'Gmina Brudzew', regon: '311019349' },
  });
  if (!saved.ok) throw new Error('profile');
  const profileId = saved.profile.id;
  // mc.html started the MC fill in tab 5, on the site the clerk confirmed.
  mcFills.start({ tabId: 5, origin: MC_ORIGIN, documentId: 'doc-mc', profileId });
  await service.db.put('scans', {
    profileId,
    name: 'wniosek.pdf',
    type: 'application/pdf',
    size: 4,
    bytes: new Uint8Array([37, 80, 68, 70]).buffer,
    storedAt: '2026-11-24T12:00:00.000Z',
  });
  await service.db.put('vault', {
    profileId,
    createdAt: '2026-11-24T12:00:00.000Z',
    envelope: {
      format: 'asystent-epuap-vault',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'c2FsdA==' },
      cipher: { name: 'AES-GCM', iv: 'aXY=' },
      ciphertext: 'c2VjcmV0',
    },
  });
  const spied = new Proxy(service.handlers, {
    get(target, key: string) {
      const handler = target[key as MessageType] as (data: unknown) => Promise<unknown>;
      return (data: unknown) => {
        calls.push(key);
        return handler(data);
      };
    },
  }) as Handlers;
  return { ...service, handlers: spied, calls, profileId };
}

/** Plausible data for every request: a hostile script would send exactly what the handler wants. */
function sampleData(type: MessageType, profileId: string): unknown {
  const mapping = {
    site: 'epuap.gov.pl',
    pathPattern: '/wps/myportal/*',
    fieldKey: 'title',
    locator: { framePath: [], tag: 'input', id: 'tytul' },
    learnedAt: '2026-11-24T12:00:00.000Z',
  };
  const samples: Partial<Record<MessageType, unknown>> = {
    'profile.save': { id: profileId, input: { ...emptyProfileInput(), municipality: 'Przejęta' } },
    'profile.delete': { id: profileId },
    'profile.setActive': { id: profileId },
    'draft.put': { key: 'new', input: emptyProfileInput() },
    'draft.discard': { key: 'new' },
    'transfer.plan': { text: '{}' },
    'transfer.apply': { text: '{}', replaceIds: [profileId] },
    'epuap.bannerSeen': { banner: { login: 'x', personName: null, orgName: null, orgId: 'UGX' } },
    'epuap.applyBanner': { profileId, banner: { login: 'x', personName: null, orgName: null, orgId: 'UGX' } },
    'epuap.fillContext': { url: 'https://epuap.gov.pl/wps/myportal/pismo' },
    'epuap.sentSeen': { confirmation: {} },
    'page.learnMapping': { mapping },
    'epuap.fillTab': { tabId: 3 },
    'process.get': { profileId },
    'process.event': { profileId, event: { type: 'pismo-filled' } },
    'settings.put': { coordinatorEmail: 'atak@evil.example' },
    'documents.context': { profileId },
    'documents.saveSnapshots': { snapshots: [] },
    'documents.storeScan': { profileId, name: 'x.pdf', type: 'application/pdf', base64: 'JVBERi0=' },
    'documents.deleteScan': { profileId },
    'documents.getScan': { profileId },
    'documents.setCoordinatorEmail': { email: 'atak@evil.example' },
    'mc.context': { profileId },
    'mc.storeVault': {
      profileId,
      replace: true,
      envelope: {
        format: 'asystent-epuap-vault',
        version: 1,
        kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'bm93eQ==' },
        cipher: { name: 'AES-GCM', iv: 'bm93eQ==' },
        ciphertext: 'bm93eQ==',
      },
    },
    'mc.vault': { profileId },
    'mc.learned': { url: `${MC_ORIGIN}/wniosek/7f3a` },
    'mc.passwordsKept': { profileId },
    'mc.fillStarted': { tabId: 9, origin: 'https://evil.example', profileId },
    'mc.guard': { on: true },
  };
  const report = {
    recipeId: 'x',
    url: 'https://evil.example/',
    startedAt: '2026-11-24T12:00:00.000Z',
    finishedAt: '2026-11-24T12:00:01.000Z',
    fields: [],
    ok: true,
  };
  if (type === 'epuap.fillReport') return { report };
  if (type === 'mc.fillReport') return { profileId, report };
  return samples[type];
}

describe('a compromised content script gets nothing', () => {
  for (const [name, sender, allowed] of [
    ['another extension', otherExtension, []],
    ['a sender without an id', noId, []],
    ['a script in an ePUAP frame', epuapFrame, []],
    ['a script on another site', elsewhere, []],
    ['the ePUAP page', epuapTop, EPUAP_AREA],
    ['the MC site of the step', mcTop, MC_AREA],
  ] as const) {
    it(`${name} may send only ${allowed.length ? 'its own area' : 'nothing'}; the rest changes and reveals nothing`, async () => {
      const { db, handlers, calls, profileId } = await serviceWithSecrets();
      const before = await dump(db);
      for (const type of MESSAGE_TYPES.filter((t) => !(allowed as readonly string[]).includes(t))) {
        await expect(
          dispatch(handlers, type, sampleData(type, profileId), sender, rules),
          type,
        ).rejects.toThrow(REFUSED);
      }
      expect(calls).toEqual([]);
      expect(await dump(db)).toEqual(before);
    });
  }

  it('the ePUAP page cannot export, read the scan or the vault, or replace the passwords', async () => {
    const { db, handlers, calls, profileId } = await serviceWithSecrets();
    const before = await dump(db);
    for (const type of ['transfer.export', 'documents.getScan', 'mc.vault', 'mc.storeVault'] as const)
      await expect(dispatch(handlers, type, sampleData(type, profileId), epuapTop, rules)).rejects.toThrow(
        REFUSED,
      );
    expect(calls).toEqual([]);
    expect(await dump(db)).toEqual(before);
  });

  it('a message claiming to come from the popup is still judged by its real sender', async () => {
    const { handlers, calls } = await serviceWithSecrets();
    const forged = { ...epuapTop, url: 'https://epuap.gov.pl/#chrome-extension://asystent-id/popup.html' };
    await expect(dispatch(handlers, 'transfer.export', undefined, forged, rules)).rejects.toThrow(REFUSED);
    expect(calls).toEqual([]);
  });

  it('an unknown message type is refused with a Polish message', async () => {
    const { handlers } = await serviceWithSecrets();
    await expect(dispatch(handlers, 'toString', undefined, popup, rules)).rejects.toThrow(
      DISPATCH_MESSAGES.unknown('toString'),
    );
    await expect(dispatch(handlers, '__proto__', undefined, popup, rules)).rejects.toThrow(
      'Nieznane polecenie',
    );
  });
});

describe('what the senders may send is bound to the sender', () => {
  it('a learned field takes its site from the sender, not from the message', async () => {
    const { db, handlers } = await serviceWithSecrets();
    const mapping = {
      ...(sampleData('page.learnMapping', '') as { mapping: object }).mapping,
      site: 'evil.example',
    };
    await dispatch(handlers, 'page.learnMapping', { mapping }, epuapTop, rules);
    const stored = await db.getAll('mappings');
    expect(stored.map((m) => m.site)).toEqual(['epuap.gov.pl']);
  });

  it('a learned field for another page of the site is refused', async () => {
    const { db, handlers } = await serviceWithSecrets();
    const mapping = {
      ...(sampleData('page.learnMapping', '') as { mapping: object }).mapping,
      pathPattern: '/inna/*',
    };
    await expect(dispatch(handlers, 'page.learnMapping', { mapping }, epuapTop, rules)).rejects.toThrow(
      DISPATCH_MESSAGES.otherPage,
    );
    expect(await db.getAll('mappings')).toEqual([]);
  });

  it('a page may not teach fields: a learned field needs the page it was learned on', async () => {
    const { handlers } = await serviceWithSecrets();
    const data = sampleData('page.learnMapping', '');
    await expect(dispatch(handlers, 'page.learnMapping', data, popup, rules)).rejects.toThrow(REFUSED);
  });

  it('one learn message from both areas: each field stored for the site of the page that sent it', async () => {
    const { db, handlers } = await serviceWithSecrets();
    const mapping = (sampleData('page.learnMapping', '') as { mapping: { locator: object } }).mapping;
    // The ePUAP page's field, and the MC form's, each claiming the other's site.
    await dispatch(
      handlers,
      'page.learnMapping',
      { mapping: { ...mapping, site: 'formularz-mc.example.gov.pl' } },
      epuapTop,
      rules,
    );
    const mcField = { ...mapping, site: 'epuap.gov.pl', pathPattern: '/wniosek/*', fieldKey: 'regon' };
    await dispatch(
      handlers,
      'page.learnMapping',
      { mapping: mcField },
      { ...mcTop, documentId: 'doc-mc' },
      rules,
    );
    expect((await db.getAll('mappings')).map((m) => [m.id, m.site, m.fieldKey])).toEqual([
      ['epuap.gov.pl/wps/myportal/*#title', 'epuap.gov.pl', 'title'],
      ['formularz-mc.example.gov.pl/wniosek/*#regon', 'formularz-mc.example.gov.pl', 'regon'],
    ]);
  });

  it('the learn message is refused from anywhere else, and from an MC page the fill was not started in', async () => {
    const { db, handlers, calls } = await serviceWithSecrets();
    const mapping = (sampleData('page.learnMapping', '') as { mapping: object }).mapping;
    const mcField = { ...mapping, pathPattern: '/wniosek/*', fieldKey: 'regon' };
    const notGranted: SenderRules = { ...rules, isMcOrigin: async () => false };
    const refused: Array<[string, Sender, object, SenderRules]> = [
      ['the popup', popup, mapping, rules],
      ['mc.html', mcPage, mcField, rules],
      ['another site', elsewhere, mapping, rules],
      ['an ePUAP frame', epuapFrame, mapping, rules],
      ['another extension', otherExtension, mapping, rules],
      ['the MC site in another tab', { ...mcTop, tab: { id: 6 } }, mcField, rules],
      [
        'another page of the MC site in the filled tab',
        { ...mcTop, documentId: 'doc-later' },
        mcField,
        rules,
      ],
      ['the MC site once its permission is gone', mcTop, mcField, notGranted],
    ];
    for (const [name, sender, field, senderRules] of refused)
      await expect(
        dispatch(handlers, 'page.learnMapping', { mapping: field }, sender, senderRules),
        name,
      ).rejects.toThrow(REFUSED);
    expect(calls).toEqual([]);
    expect(await db.getAll('mappings')).toEqual([]);
  });

  it('the ePUAP page reads the learned fields of its own address only', async () => {
    const { db, handlers } = await serviceWithSecrets();
    await db.put('mappings', {
      id: 'formularz-mc.example.gov.pl/wniosek/*#revocationPassword',
      site: 'formularz-mc.example.gov.pl',
      pathPattern: '/wniosek/*',
      fieldKey: 'name',
      locator: { framePath: [], tag: 'input', type: 'text' },
      learnedAt: '2026-11-24T12:00:00.000Z',
    });
    const context = (await dispatch(
      handlers,
      'epuap.fillContext',
      { url: `${MC_ORIGIN}/wniosek/7f3a` },
      epuapTop,
      rules,
    )) as { learned: object };
    expect(context.learned).toEqual({});
  });

  it('the MC site of the step may report its fill, a site without the permission may not', async () => {
    const { handlers, profileId } = await serviceWithSecrets();
    const data = sampleData('mc.fillReport', profileId);
    await expect(dispatch(handlers, 'mc.fillReport', data, mcTop, rules)).resolves.toEqual({
      recorded: true,
    });
    const lookalike = { ...mcTop, url: 'https://formularz-mc.example.gov.pl.evil.example/wniosek' };
    await expect(dispatch(handlers, 'mc.fillReport', data, lookalike, rules)).rejects.toThrow(REFUSED);
  });

  it("an MC report is recorded for the municipality whose fill the background started, not the payload's", async () => {
    const { db, handlers, profileId } = await serviceWithSecrets();
    const other = await handlers['profile.save']({
      id: null,
      input: { ...emptyProfileInput(), municipality: 'Gmina Kawęczyn' },
    });
    if (!other.ok) throw new Error('profile');
    const otherId = other.profile.id;
    const data = { ...(sampleData('mc.fillReport', otherId) as object), profileId: otherId };
    await dispatch(handlers, 'mc.fillReport', data, mcTop, rules);
    expect((await db.getAll('fillReports')).map((r) => r.profileId)).toEqual([profileId]);
    const otherState = await handlers['process.get']({ profileId: otherId });
    expect(otherState.state.steps['mc-form'].status).not.toBe('done');
  });

  it('MC messages come only from the tab, site and document the background started the fill in', async () => {
    const { db, handlers, calls, profileId } = await serviceWithSecrets();
    const before = await dump(db);
    const data = sampleData('mc.fillReport', profileId);
    // Another granted host in the same tab, or the MC site in a tab the assistant never filled.
    const otherGranted: SenderRules = { ...rules, isMcOrigin: async () => true };
    const attacks: Array<[string, Sender]> = [
      ['another granted site in the filled tab', { ...mcTop, url: 'https://granted.example/wniosek' }],
      ['the MC site in another tab', { ...mcTop, tab: { id: 6 } }],
      ['another page of the MC site in the filled tab', { ...mcTop, documentId: 'doc-later' }],
    ];
    for (const [name, sender] of attacks)
      for (const type of MC_AREA)
        await expect(
          dispatch(handlers, type, data, sender, otherGranted),
          `${name}: ${type}`,
        ).rejects.toThrow(REFUSED);
    // A content script cannot record a fill of its own making.
    const claim = { tabId: 6, origin: MC_ORIGIN, profileId };
    await expect(dispatch(handlers, 'mc.fillStarted', claim, mcTop, rules)).rejects.toThrow(REFUSED);
    expect(calls).toEqual([]);
    expect(await dump(db)).toEqual(before);
    // The very document the fill went to is heard.
    await expect(
      dispatch(handlers, 'mc.fillReport', data, { ...mcTop, documentId: 'doc-mc' }, rules),
    ).resolves.toEqual({ recorded: true });
  });

  it('extension pages keep every request, with zod-checked data', async () => {
    const { db, handlers, profileId } = await serviceWithSecrets();
    await expect(dispatch(handlers, 'state.get', undefined, popup, rules)).resolves.toMatchObject({
      activeProfileId: profileId,
    });
    await expect(dispatch(handlers, 'mc.vault', { profileId }, mcPage, rules)).resolves.toMatchObject({
      format: 'asystent-epuap-vault',
    });
    const before = await dump(db);
    const bad = { ...(sampleData('mc.storeVault', profileId) as object), replace: 'tak' };
    await expect(dispatch(handlers, 'mc.storeVault', bad, mcPage, rules)).rejects.toThrow(
      /nieprawidłowe dane \(mc\.storeVault, replace/,
    );
    await expect(
      dispatch(handlers, 'profile.save', { id: profileId, input: { municipality: 'X' } }, popup, rules),
    ).rejects.toThrow('nieprawidłowe dane');
    expect(await dump(db)).toEqual(before);
  });
});

describe('a password field is taught only onto a password input', () => {
  it('the MC site cannot teach the assistant to type a password into a text field', async () => {
    const { db, handlers } = await serviceWithSecrets();
    const mapping = {
      site: 'formularz-mc.example.gov.pl',
      pathPattern: '/wniosek/*',
      fieldKey: 'revocationPassword',
      locator: { framePath: [], tag: 'input', type: 'text', id: 'uwagi' },
      learnedAt: '2026-11-24T12:00:00.000Z',
    };
    await expect(dispatch(handlers, 'page.learnMapping', { mapping }, mcTop, rules)).rejects.toThrow(
      'typu „hasło”',
    );
    const password = { ...mapping, locator: { ...mapping.locator, type: 'password' } };
    await dispatch(handlers, 'page.learnMapping', { mapping: password }, mcTop, rules);
    expect((await db.getAll('mappings')).map((m) => m.fieldKey)).toEqual(['revocationPassword']);
  });

  it('a stored password locator that breaks the rule (written before it) is never handed out', async () => {
    const { db, handlers } = await serviceWithSecrets();
    await db.put('mappings', {
      id: 'formularz-mc.example.gov.pl/wniosek/*#p12Password',
      site: 'formularz-mc.example.gov.pl',
      pathPattern: '/wniosek/*',
      fieldKey: 'p12Password',
      locator: { framePath: [], tag: 'input', type: 'text' },
      learnedAt: '2026-11-24T12:00:00.000Z',
    });
    await db.put('mappings', {
      id: `formularz-mc.example.gov.pl/${'a*'.repeat(10)}#name`,
      site: 'formularz-mc.example.gov.pl',
      pathPattern: `/${'a*'.repeat(10)}`,
      fieldKey: 'name',
      locator: { framePath: [], tag: 'input' },
      learnedAt: '2026-11-24T12:00:00.000Z',
    });
    const started = performance.now();
    const learned = await dispatch(
      handlers,
      'mc.learned',
      { url: `${MC_ORIGIN}/wniosek/${'a'.repeat(3000)}` },
      mcTop,
      rules,
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(learned).toEqual({});
  });
});
