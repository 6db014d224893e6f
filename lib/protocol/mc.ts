import type { FillReport, Locator } from '../autofill/types';
import type { ApplicationSnapshot, SnapshotChange } from '../documents/snapshot';
import type { VaultEnvelope } from '../vault/envelope';
import type { PagePasswordConstraints } from '../vault/page-constraints';

/**
 * The MC certificate form: the approval link's site, its fill from the application snapshot, the password
 * vault. Passwords never travel in these messages: the vault is sealed and opened in the mc.html page
 * (only the encrypted envelope reaches the background), and the plaintext goes from that page to the MC
 * tab alone, in `McTabProtocol`'s fill message.
 */
export type McProtocol = {
  /** Everything mc.html shows for the municipality asked for (or the active one). */
  'mc.context': { request: { profileId?: string }; response: McContext };
  /** Keeps the sealed vault; an existing one is replaced only when `replace` says the clerk agreed. */
  'mc.storeVault': {
    request: { profileId: string; envelope: VaultEnvelope; replace: boolean };
    response: { ok: true; createdAt: string } | { ok: false; message: string };
  };
  /** The sealed envelope, for mc.html to open with the clerk's passphrase. */
  'mc.vault': { request: { profileId: string }; response: VaultEnvelope | null };
  /** Locators the clerk taught on the MC form, for its address. */
  'mc.learned': { request: { url: string }; response: Record<string, Locator> };
  /**
   * mc.html → background: it injected the fill script into this tab's document, for the MC site the clerk
   * confirmed, for this municipality. Only then does the background hear the MC area's messages from that
   * tab (lib/service/mc-fills.ts).
   */
  'mc.fillStarted': {
    request: { tabId: number; origin: string; documentId?: string; profileId: string };
    response: null;
  };
  /**
   * The fill report from the MC tab (it quotes no password); an ok fill records `mc-form-filled`. The
   * municipality is the one the background recorded for the tab's fill: `profileId` is ignored.
   */
  'mc.fillReport': { request: { profileId: string; report: FillReport }; response: { recorded: boolean } };
  /**
   * The MC tab's fill starts (`on`) or ended: the page-world submit guard (lib/service/main-guard.ts) for
   * the sender's own tab; `tabId` is always the sender's (lib/messaging/dispatch.ts), never the payload's.
   */
  'mc.guard': { request: { on: boolean; tabId?: number }; response: null };
  /** "Hasła zapisane i przechowane": records `passwords-kept` (needs a vault). */
  'mc.passwordsKept': {
    request: { profileId: string };
    response: { ok: true; recorded: boolean } | { ok: false; message: string };
  };
};

export interface McContext {
  profiles: Array<{ id: string; name: string }>;
  profileId: string | null;
  profileName: string | null;
  /** What the application printed (and MC received); the fill uses this, never the profile. */
  snapshot: ApplicationSnapshot | null;
  /** How the profile differs from the printed application now. */
  changes: SnapshotChange[];
  /** The link from MC's approval e-mail, as recorded in the process (side panel). */
  approvalLink: string | null;
  vault: { createdAt: string } | null;
  mcForm: { filledAt?: string; passwordsKeptAt?: string };
  lastReport: FillReport | null;
}

/** mc.html → the MC tab's injected script (browser.tabs.sendMessage to that tab only). */
export type McTabProtocol = {
  'mcTab.fill': {
    request: {
      /** The MC site's origin the clerk confirmed; the tab script refuses the fill on any other. */
      expectedOrigin: string;
      profileId: string;
      snapshot: ApplicationSnapshot;
      passwords: { revocation: string; p12: string };
      learned: Record<string, Locator>;
      overwrite?: string[];
    };
    response: FillReport;
  };
  /**
   * What the MC form states about its passwords (`pattern`, `minlength`/`maxlength`, rule text), read
   * once its password fields are shown: mc.html generates the vault's pair to fit it. Carries no secret.
   */
  'mcTab.passwordRules': {
    request: { expectedOrigin: string };
    response: PagePasswordConstraints;
  };
};
