import { type AssistantSite, InPageAssistant } from '@/components/in-page/assistant';
import { askBackground } from '@/components/in-page/channel';
import { ENGINE_GLOBAL, type EpuapEngine, engineOf } from '@/components/in-page/engine-handle';
import { fill } from '@/lib/autofill';
import { send } from '@/lib/messaging/client';
import { onTabMessage } from '@/lib/messaging/tabs';
import { ATTACHMENT_VALUE_KEY, pismoOgolneRecipe } from '@/lib/sites/epuap';
import { decodeBase64 } from '@/lib/text/base64';

/**
 * The Pismo ogólne fill engine and its in-page report. Never matched by the manifest: the background
 * injects it into the ePUAP tab (lib/service/inject.ts) on the clerk's click on the launcher or on
 * "Wypełnij" in the popup. It never presses "Dalej", "Podpisz" or "Wyślij".
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    if (engineOf()) return; // injected once per document
    const assistant = new InPageAssistant(epuapLetter);
    const engine: EpuapEngine = {
      fill: (overwrite) => assistant.fill(overwrite),
      get filling() {
        return assistant.filling;
      },
    };
    Object.defineProperty(globalThis, ENGINE_GLOBAL, { value: engine });
    // Only this extension's messages (lib/messaging/tabs.ts checks the sender); errors reach the caller.
    onTabMessage('content.fill', (data) => assistant.fill(data.overwrite ?? []));
  },
});

const epuapLetter: AssistantSite = {
  fileKeys: new Set(pismoOgolneRecipe.fields.filter((f) => f.kind === 'file').map((f) => f.key)),
  async fill(overwrite, guarded) {
    const context = await send('epuap.fillContext', { url: location.href });
    const bytes = context.attachment && decodeBase64(context.attachment.base64);
    const attachment =
      context.attachment && bytes
        ? new File([bytes], context.attachment.name, { type: context.attachment.type })
        : undefined;
    await guarded;
    return fill(pismoOgolneRecipe, { [ATTACHMENT_VALUE_KEY]: attachment }, document, {
      learned: context.learned,
      overwrite,
    });
  },
  outline: (report) => report.fields.filter((f) => f.status === 'hint').map((f) => f.key),
  learn: async (mapping) => {
    await send('page.learnMapping', { mapping });
  },
  guard: (on) => askBackground({ kind: 'guard', on }),
  async afterFill(report) {
    await askBackground({ kind: 'filled' });
    await send('epuap.fillReport', { report });
  },
};
