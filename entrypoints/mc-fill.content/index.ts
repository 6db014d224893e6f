import { InPageAssistant } from '@/components/in-page/assistant';
import { send } from '@/lib/messaging/client';
import { assertOrigin, onTabMessage } from '@/lib/messaging/tabs';
import type { McTabProtocol } from '@/lib/protocol/mc';
import { fillMcForm, mcFormFill, mcFormShown, readPasswordConstraintsWhenShown } from '@/lib/sites/mc';

type FillRequest = McTabProtocol['mcTab.fill']['request'];

/**
 * Injected on demand into the MC form's tab by mc.html (`scripting.executeScript`), never matched by the
 * manifest: MC's host is known only from the approval e-mail. It fills the form when mc.html sends the
 * fill message (the only message that carries the passwords), shows the report in the page and lets the
 * clerk point at a field it missed. It never ticks the consent and never submits.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    // Injected again on every "Wypełnij": one assistant per page is enough.
    const flag = globalThis as unknown as { __asystentMc?: boolean };
    if (flag.__asystentMc) return;
    flag.__asystentMc = true;
    /** The last fill request, kept only in this tab (whose form already holds the passwords) to fill again after teaching. */
    let last: FillRequest | null = null;
    const assistant = new InPageAssistant({
      summaries: MC_SUMMARIES,
      // File fields by their recipe kind (the MC form has none today).
      get fileKeys() {
        const recipe = last && mcFormFill(last.snapshot).recipe;
        return new Set(recipe?.fields.filter((f) => f.kind === 'file').map((f) => f.key) ?? []);
      },
      async fill(overwrite, guarded) {
        if (!last) throw new Error('Kliknij „Wypełnij formularz MC” w oknie Asystenta.');
        await guarded;
        // After teaching or "Zastąp": the fields learned meanwhile, the same data and passwords.
        return fillMcForm(document, last.snapshot, last.passwords, {
          learned: last.learned,
          overwrite: [...(last.overwrite ?? []), ...overwrite],
        });
      },
      outline: () => ['consent'],
      learn: async (mapping) => {
        await send('page.learnMapping', { mapping });
        if (last) last = { ...last, learned: await send('mc.learned', { url: location.href }) };
      },
      guard: (on) => send('mc.guard', { on }),
      afterFill: async (report) => {
        if (last) await send('mc.fillReport', { profileId: last.profileId, report });
      },
    });
    // Only this extension's messages (lib/messaging/tabs.ts checks the sender); errors reach mc.html.
    onTabMessage('mcTab.fill', (data) => {
      // The passwords are for the MC site the clerk opened: refuse them if this tab shows another one now.
      assertOrigin(data.expectedOrigin);
      last = { ...data, overwrite: [] };
      return assistant.fill(data.overwrite ?? []);
    });
    // The form's password rules (no secret in either direction), for mc.html to generate a pair that fits.
    onTabMessage('mcTab.passwordRules', (data) => {
      assertOrigin(data.expectedOrigin);
      return readPasswordConstraintsWhenShown(document, 5000, () => mcFormShown(document));
    });
  },
});

const MC_SUMMARIES = {
  ok: 'Formularz MC jest wypełniony danymi z wysłanego wniosku i hasłami z sejfu. Sprawdź go, sam zaznacz oświadczenie i sam wyślij formularz.',
  attention: 'Nie wszystko udało się wypełnić. Zobacz poniżej, co zrobić.',
};
