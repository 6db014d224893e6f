/**
 * The MC fills the background itself knows of: mc.html tells it (`mc.fillStarted`, an extension page's
 * request) which tab, document and origin it injected the fill script into, for which municipality. A
 * message of the MC area is accepted only from that tab, that origin and (where the browser reports it)
 * that document, and the municipality of its report is the one recorded here, never the payload's.
 * Kept in memory: a restarted service worker forgets them, and the clerk clicks "Wypełnij" again.
 */
export interface McFill {
  tabId: number;
  /** The MC site the clerk confirmed (https origin). */
  origin: string;
  /** Chrome's documentId of the page the script was injected into; Firefox reports none. */
  documentId?: string;
  profileId: string;
}

export class McFillRegistry {
  private readonly byTab = new Map<number, McFill>();

  start(fill: McFill): void {
    this.byTab.set(fill.tabId, { ...fill });
  }

  end(tabId: number): void {
    this.byTab.delete(tabId);
  }

  /** The fill a content script's message belongs to, from what the browser says of its sender. */
  forSender(tabId: number, origin: string, documentId?: string): McFill | null {
    const fill = this.byTab.get(tabId);
    if (!fill || fill.origin !== origin) return null;
    // The tab navigated to another page of the same site since: not the page we filled.
    if (fill.documentId && documentId && fill.documentId !== documentId) return null;
    return fill;
  }
}
