import { PageUi } from '@/components/in-page/page-ui';
import { teachField } from '@/components/in-page/teach-field';
import { learnMapping } from '@/lib/autofill';
import type { FieldReport, FillReport } from '@/lib/autofill/types';
import { send } from '@/lib/messaging/client';
import { assertOrigin, onTabMessage } from '@/lib/messaging/tabs';
import type { McTabProtocol } from '@/lib/protocol/mc';
import { fillMcForm } from '@/lib/sites/mc';

type FillRequest = McTabProtocol['mcTab.fill']['request'];

/**
 * Injected on demand into the MC form's tab by mc.html (`scripting.executeScript`), never matched by the
 * manifest: MC's host is known only from the approval e-mail. It fills the form when mc.html sends the
 * fill message (the only message that carries the passwords), shows the report in the page and lets the
 * clerk point at a field it missed. It never ticks the consent and never submits.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injected again on every "Wypełnij": one assistant per page is enough.
    const flag = globalThis as unknown as { __asystentMc?: boolean };
    if (flag.__asystentMc) return;
    flag.__asystentMc = true;
    const assistant = new McAssistant();
    // Only this extension's messages (lib/messaging/tabs.ts checks the sender); errors reach mc.html.
    onTabMessage('mcTab.fill', (data) => {
      // The passwords are for the MC site the clerk opened: refuse them if this tab shows another one now.
      assertOrigin(data.expectedOrigin);
      return assistant.fill(data);
    });
  },
});

const MC_SUMMARIES = {
  ok: 'Formularz MC jest wypełniony danymi z wysłanego wniosku i hasłami z sejfu. Sprawdź go, sam zaznacz oświadczenie i sam wyślij formularz.',
  attention: 'Nie wszystko udało się wypełnić. Zobacz poniżej, co zrobić.',
};

class McAssistant {
  private uiInstance: PageUi | null = null;
  /** The last fill request, kept only in this tab (whose form already holds the passwords) to fill again after teaching. */
  private last: FillRequest | null = null;
  private filling = false;

  private get ui(): PageUi {
    this.uiInstance ??= new PageUi(MC_SUMMARIES);
    return this.uiInstance;
  }

  async fill(request: FillRequest): Promise<FillReport> {
    if (this.filling) throw new Error('Wypełnianie już trwa.');
    this.filling = true;
    this.last = request;
    try {
      const { report, elements } = await fillMcForm(document, request.snapshot, request.passwords, {
        learned: request.learned,
        overwrite: request.overwrite ?? [],
      });
      const consent = elements.get('consent');
      if (consent instanceof HTMLElement) consent.style.outline = '3px solid #f0a500';
      this.ui.report(report, {
        onTeach: (field) => this.teach(field),
        onOverwrite: (field) => void this.refill([field.key]),
      });
      await send('mc.fillReport', { profileId: request.profileId, report });
      return report;
    } finally {
      this.filling = false;
    }
  }

  private async refill(overwrite: string[]): Promise<void> {
    if (!this.last) return;
    try {
      const learned = await send('mc.learned', { url: location.href });
      await this.fill({ ...this.last, learned, overwrite });
    } catch (error) {
      this.ui.message('Asystent ePUAP', error instanceof Error ? error.message : String(error), true);
    }
  }

  /** "Wskaż pole": the next click names the control for this field, remembered for this address. */
  private teach(field: FieldReport): void {
    teachField(this.ui, field, {}, (control) => {
      const mapping = learnMapping(control, field.key, location.href, document);
      void send('mc.learnMapping', { mapping }).then(() => this.refill([]));
    });
  }
}
