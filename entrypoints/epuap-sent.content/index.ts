import { askBackground } from '@/components/in-page/channel';
import { Notice } from '@/components/in-page/launcher';
import { detectSentConfirmation, type SentConfirmation } from '@/lib/sites/epuap/sent';

/**
 * Watches for ePUAP's "sent" confirmation, only in a tab where the assistant filled the letter: the
 * background injects it there after the fill and on each later page load of that tab
 * (lib/service/inject.ts), never anywhere else. The background counts it only for that tab.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    let scheduled = false;
    let done = false;
    const observer = new MutationObserver(() => {
      observer.disconnect();
      if (scheduled || done) return;
      scheduled = true;
      ctx.setTimeout(() => {
        scheduled = false;
        check();
      }, 200);
    });
    const check = () => {
      const sent = detectSentConfirmation(document);
      if (sent) {
        done = true;
        void report(sent);
      } else observer.observe(document, { childList: true, subtree: true, characterData: true });
    };
    ctx.onInvalidated(() => observer.disconnect());
    check();
  },
});

async function report(sent: SentConfirmation): Promise<void> {
  const answer = await askBackground({ kind: 'sent', confirmation: sent });
  if (answer.ok && answer.recorded)
    new Notice().show(
      'Asystent ePUAP',
      `Zapisano wysłanie wniosku do MC${sent.sentAt ? ` (${sent.sentAt.slice(0, 10)})` : ''}${sent.documentNumber ? `, nr ${sent.documentNumber}` : ''}. Teraz trzeba czekać na odpowiedź MC na adres e-mail urzędu.`,
    );
}
