import { createResource, createSignal, type JSX, Match, Show, Switch } from 'solid-js';
import { browser } from 'wxt/browser';
import { ErrorAlert } from '@/components/Feedback';
import { runStepAction } from '@/components/process/step-actions';
import type { StepView } from '@/lib/process';
import type { ProcessSnapshot } from '@/lib/protocol/process';
import { askEpuapPage } from '@/lib/service/inject';
import { errorText } from '@/lib/text/errors';

/** The tab the popup acts on: the popup window's active tab, or `?tab=` when the popup is opened as a page. */
export async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * What the tab shows, asked of the assistant's script on ePUAP pages (the extension may not read tab
 * addresses): `pismo` on the Pismo ogólne form, `epuap` elsewhere on ePUAP, `other` on any other site.
 */
export async function targetTabPage(): Promise<'pismo' | 'epuap' | 'other'> {
  const tabId = await targetTabId();
  if (tabId === undefined) return 'other';
  try {
    const answer = await askEpuapPage(tabId, 'where');
    if (!answer.ok) return 'other';
    return answer.data.pismo ? 'pismo' : 'epuap';
  } catch {
    return 'other';
  }
}

export interface NextStepCardProps {
  snapshot: ProcessSnapshot;
  /** Step 1 in the popup edits in place instead of opening a tab. */
  onEditProfile: () => void;
  /** Steps ticked in the checklist (MC's answer, files received, report mailed) open the side panel. */
  onOpenSidePanel: () => void;
  /** Step 4's card: the fill when the tab shows the Pismo ogólne, the link to it otherwise. */
  fill: () => JSX.Element;
}

/**
 * The popup's one big button: what the current step asks for. Step 4 fills the Pismo ogólne when
 * the tab shows it, and gives the link to it when the tab is anything else (EpuapFillCard decides).
 */
export function NextStepCard(props: NextStepCardProps) {
  const current = () => props.snapshot.view.steps.find((step) => step.isCurrent);
  const [error, setError] = createSignal('');

  const run = (step: StepView) => {
    setError('');
    if (step.action.kind === 'fill' && !step.action.url) return props.onEditProfile();
    if (step.action.kind === 'manual-tick') return props.onOpenSidePanel();
    void runStepAction(step).catch((e: unknown) => setError(errorText(e, 'Nie udało się otworzyć strony.')));
  };

  return (
    <section class="next-step-card" aria-labelledby="next-step-title">
      <Show
        when={current()}
        fallback={
          <h2 id="next-step-title" class="next-step-title">
            Wszystkie kroki zrobione.
          </h2>
        }
      >
        {(step) => (
          <>
            <h2 id="next-step-title" class="next-step-title">
              Teraz: krok {step().number} z {props.snapshot.view.total} – {step().title}
            </h2>
            <Show when={step().missing.length}>
              <p class="hint">{step().missing.join(' · ')}</p>
            </Show>
            <Switch>
              <Match when={step().id === 'pismo'}>{props.fill()}</Match>
              <Match when={step().action.kind === 'manual-tick'}>
                <button type="button" class="primary big" onClick={() => run(step())}>
                  {step().action.label} – zaznacz w liście kroków
                </button>
              </Match>
              <Match when={true}>
                <button type="button" class="primary big" onClick={() => run(step())}>
                  {step().action.label}
                </button>
              </Match>
            </Switch>
            <ErrorAlert error={error()} />
          </>
        )}
      </Show>
    </section>
  );
}

/** The tab's page, read once when the popup opens (a popup lives only while the clerk looks at it). */
export function createTabPage() {
  const [page] = createResource(targetTabPage);
  return page;
}

export type TabPage = Awaited<ReturnType<typeof targetTabPage>>;
