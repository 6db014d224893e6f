import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { ErrorAlert } from '@/components/Feedback';
import type { FillReport } from '@/lib/autofill/types';
import { send } from '@/lib/messaging/client';
import { PISMO_OGOLNE_URL } from '@/lib/process/steps';
import { onDatabaseChange } from './app-state';
import { FillReportList } from './FillReportList';
import { type TabPage, targetTabId } from './NextStepCard';

/**
 * The same one-click fill as the button on the page, from the popup: it fills the Pismo ogólne in
 * the tab the clerk has open (the popup's own window's active tab, or `?tab=` when the popup is
 * opened as a page, as the end-to-end tests do) and shows the report. On any other tab it gives the
 * link to the form instead. `primary` while step 4 is the current step.
 */
export function EpuapFillCard(props: { primary: boolean; tabPage: TabPage | undefined }) {
  const [report, { mutate, refetch }] = createResource(() => send('epuap.lastReport', undefined));
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  onDatabaseChange(() => void refetch(), ['fillReports']);

  const fillTab = async (overwrite?: string[]) => {
    setError('');
    setBusy(true);
    try {
      const tabId = await targetTabId();
      if (tabId === undefined) throw new Error('Nie ma otwartej karty z ePUAP.');
      mutate((await send('epuap.fillTab', { tabId, overwrite })) as FillReport);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="epuap-fill" aria-labelledby="fill-title">
      <h2 id="fill-title">Pismo ogólne do MC</h2>
      <Switch>
        <Match when={props.tabPage === 'pismo'}>
          <p class="hint">
            Ta karta to formularz Pisma ogólnego: Asystent wypełni adresata, rodzaj, tytuł i treść.
          </p>
          <button
            type="button"
            class={props.primary ? 'primary big' : undefined}
            disabled={busy()}
            onClick={() => fillTab()}
          >
            Wypełnij wniosek o certyfikat
          </button>
          <p class="hint">Asystent niczego nie wysyła: pismo ogólne podpisuje i wysyła urząd.</p>
        </Match>
        <Match when={props.tabPage}>
          <p class="hint">
            {props.tabPage === 'epuap'
              ? 'Ta karta ePUAP nie jest formularzem Pisma ogólnego.'
              : 'Ta karta nie jest stroną ePUAP.'}{' '}
            Otwórz formularz, zaloguj się na konto organizacji, a Asystent wypełni adresata, rodzaj, tytuł i
            treść.
          </p>
          <a
            class={props.primary ? 'button-link primary big' : 'button-link'}
            href={PISMO_OGOLNE_URL}
            target="_blank"
            rel="noopener"
          >
            Otwórz Pismo ogólne na ePUAP
          </a>
        </Match>
      </Switch>
      <ErrorAlert error={error()} />
      <Show when={report()}>
        {(current) => <FillReportList report={current()} onOverwrite={(key) => fillTab([key])} />}
      </Show>
    </section>
  );
}
