import { createResource, createSignal, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import type { FillReport } from '@/lib/autofill/types';
import { send } from '@/lib/messaging/client';
import { onDatabaseChange } from './app-state';
import { FillReportList } from './FillReportList';

/**
 * The same one-click fill as the button on the page, from the popup: it fills the Pismo ogólne in
 * the tab the clerk has open (the popup's own window's active tab, or `?tab=` when the popup is
 * opened as a page, as the end-to-end tests do) and shows the report.
 */
export function EpuapFillCard() {
  const [report, { mutate, refetch }] = createResource(() => send('epuap.lastReport', undefined));
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  onDatabaseChange(() => void refetch(), ['fillReports']);

  const targetTab = async (): Promise<number | undefined> => {
    const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
    if (fromQuery) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  };

  const fillTab = async (overwrite?: string[]) => {
    setError('');
    setBusy(true);
    try {
      const tabId = await targetTab();
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
      <p class="hint">
        Otwórz na ePUAP formularz Pisma ogólnego, a Asystent wypełni adresata, rodzaj, tytuł i treść.
      </p>
      <button type="button" class="primary" disabled={busy()} onClick={() => fillTab()}>
        Wypełnij wniosek o certyfikat
      </button>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={report()}>
        {(current) => <FillReportList report={current()} onOverwrite={(key) => fillTab([key])} />}
      </Show>
    </section>
  );
}
