import { PageUi } from '@/components/in-page/page-ui';
import { teachField } from '@/components/in-page/teach-field';
import { fill, learnMapping } from '@/lib/autofill';
import type { FieldReport, FillReport } from '@/lib/autofill/types';
import { send } from '@/lib/messaging/client';
import type { EpuapBannerInfo } from '@/lib/sites/epuap';
import {
  ATTACHMENT_VALUE_KEY,
  detectSentConfirmation,
  isPismoOgolnePage,
  pismoOgolneRecipe,
  readEpuapBanner,
} from '@/lib/sites/epuap';
import { decodeBase64 } from '@/lib/text/base64';

/** The recipe's attachment field: a "plus" button may stand for its hidden file input. */
const ATTACHMENT_FIELD_KEY = 'zalacznik';

/**
 * Runs on every ePUAP page: reads the banner, recognises the Pismo ogólne form and the "sent"
 * confirmation, and fills the form on request. It never presses "Dalej", "Podpisz" or "Wyślij".
 */
export default defineContentScript({
  matches: ['https://epuap.gov.pl/*'],
  runAt: 'document_idle',
  main() {
    // The page-load cost of the assistant, read by `npm run bench` (the timeline is shared with the page).
    performance.mark('asystent-epuap:start');
    const assistant = new EpuapAssistant();
    assistant.start();
    performance.measure('asystent-epuap:load', 'asystent-epuap:start');
    browser.runtime.onMessage.addListener((message: unknown) => {
      const request = message as { type?: string; data?: { overwrite?: string[] } };
      // The popup asks which page its tab shows, to offer the fill or the link to the Pismo ogólne.
      if (request?.type === 'content.where')
        return Promise.resolve({ ok: true, data: { pismo: isPismoOgolnePage(location.href, document) } });
      if (request?.type !== 'content.fill') return undefined;
      return assistant
        .fillNow(request.data?.overwrite ?? [])
        .then((data) => ({ ok: true, data }))
        .catch((error: unknown) => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }));
    });
  },
});

class EpuapAssistant {
  private uiInstance: PageUi | null = null;
  private filling = false;

  /** Created on first use: most ePUAP pages never show the assistant. */
  private get ui(): PageUi {
    this.uiInstance ??= new PageUi();
    return this.uiInstance;
  }

  start(): void {
    const banner = readEpuapBanner(document);
    if (banner) void this.checkBanner(banner);
    const sent = detectSentConfirmation(document);
    if (sent) void this.reportSent(sent);
    if (isPismoOgolnePage(location.href, document)) this.offerFill();
    // A form inside a frame may finish loading after us.
    else if (document.readyState !== 'complete')
      window.addEventListener('load', () => isPismoOgolnePage(location.href, document) && this.offerFill(), {
        once: true,
      });
  }

  private offerFill(): void {
    this.ui.showLauncher(
      () => void this.fillNow([]).catch((e: unknown) => this.ui.message('Asystent ePUAP', String(e), true)),
    );
  }

  private async checkBanner(banner: EpuapBannerInfo): Promise<void> {
    const verdict = await send('epuap.bannerSeen', { banner });
    if (verdict.kind === 'other-org')
      this.ui.message(
        'Asystent ePUAP: inna organizacja',
        `Jesteś zalogowany w organizacji ${verdict.seenOrgName} (${verdict.seenOrgId}), a aktywna gmina w Asystencie to ${verdict.profileName} (${verdict.profileOrgId}). Przełącz aktywną gminę w oknie rozszerzenia albo zaloguj się na konto właściwej organizacji.`,
        true,
      );
    if ((verdict.kind === 'changes' || verdict.kind === 'no-profile') && verdict.changes.length) {
      const profileId = verdict.kind === 'changes' ? verdict.profileId : null;
      const intro =
        verdict.kind === 'changes'
          ? `Baner ePUAP pokazuje dane inne niż profil gminy „${verdict.profileName}”. Zapisać je w profilu?`
          : 'Nie masz jeszcze profilu gminy w Asystencie. Zapisać dane z banera ePUAP jako nową gminę?';
      this.ui.offerBanner(
        intro,
        verdict.changes,
        verdict.kind === 'changes' ? 'Zapisz w profilu' : 'Utwórz profil gminy',
        async () => {
          try {
            await send('epuap.applyBanner', { profileId, banner });
            this.ui.message('Asystent ePUAP', 'Zapisano dane z banera w profilu gminy.');
          } catch (error) {
            this.ui.message('Asystent ePUAP', error instanceof Error ? error.message : String(error), true);
          }
        },
      );
    }
  }

  private async reportSent(sent: NonNullable<ReturnType<typeof detectSentConfirmation>>): Promise<void> {
    const { recorded } = await send('epuap.sentSeen', { confirmation: sent });
    if (recorded)
      this.ui.message(
        'Asystent ePUAP',
        `Zapisano wysłanie wniosku do MC${sent.sentAt ? ` (${sent.sentAt.slice(0, 10)})` : ''}${sent.documentNumber ? `, nr ${sent.documentNumber}` : ''}. Teraz czekasz na odpowiedź MC na adres e-mail urzędu.`,
      );
  }

  /** Fills the Pismo ogólne; `overwrite` names fields whose different value the user agreed to replace. */
  async fillNow(overwrite: string[]): Promise<FillReport> {
    if (this.filling) throw new Error('Wypełnianie już trwa.');
    this.filling = true;
    try {
      const context = await send('epuap.fillContext', { url: location.href });
      const bytes = context.attachment && decodeBase64(context.attachment.base64);
      const attachment =
        context.attachment && bytes
          ? new File([bytes], context.attachment.name, { type: context.attachment.type })
          : undefined;
      const { report, elements } = await fill(
        pismoOgolneRecipe,
        { [ATTACHMENT_VALUE_KEY]: attachment },
        document,
        {
          learned: context.learned,
          overwrite,
        },
      );
      const attachmentField = report.fields.find((f) => f.status === 'hint');
      const target = attachmentField && elements.get(attachmentField.key);
      if (target instanceof HTMLElement) target.style.outline = '3px solid #f0a500';
      this.ui.report(report, {
        onTeach: (field) => this.teach(field),
        onOverwrite: (field) => void this.fillNow([field.key]),
      });
      await send('epuap.fillReport', { report });
      return report;
    } finally {
      this.filling = false;
    }
  }

  /** "Teach a field": the next click on the page names the control for this field, remembered for next time. */
  private teach(field: FieldReport): void {
    teachField(this.ui, field, { allowButtons: field.key === ATTACHMENT_FIELD_KEY }, (control) => {
      const mapping = learnMapping(control, field.key, location.href, document);
      void send('epuap.learnMapping', { mapping }).then(() => this.fillNow([]));
    });
  }
}
