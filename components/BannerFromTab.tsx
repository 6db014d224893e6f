import { createResource, createSignal, For, Show } from 'solid-js';
import { browser } from 'wxt/browser';
import { ErrorAlert } from '@/components/Feedback';
import { send } from '@/lib/messaging/client';
import type { EpuapBannerInfo } from '@/lib/sites/epuap/banner';
import { errorText } from '@/lib/text/errors';

/** The tab the popup speaks of: `?tab=` when opened as a page (end-to-end tests), else the active tab. */
export async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pendingBanner() {
  const tabId = await targetTab();
  if (tabId === undefined) return null;
  const banner = await send('epuap.tabBanner', { tabId }).catch(() => null);
  if (!banner) return null;
  const verdict = await send('epuap.bannerSeen', { banner });
  if ((verdict.kind !== 'changes' && verdict.kind !== 'no-profile') || !verdict.changes.length) return null;
  return { banner, verdict };
}

/**
 * What the ePUAP banner in the open tab shows that the profile lacks. The values are shown here, in the
 * extension's own window, and stored only on the clerk's click: the page itself can neither see the
 * profile's values nor press this button.
 */
export function BannerFromTab(props: { onStatus: (message: string) => void }) {
  const [pending, { mutate }] = createResource(pendingBanner);
  const [error, setError] = createSignal('');

  const save = async (profileId: string | null, banner: EpuapBannerInfo) => {
    setError('');
    try {
      await send('epuap.applyBanner', { profileId, banner });
      mutate(null);
      props.onStatus('Zapisano dane z banera w profilu gminy.');
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Show when={pending()}>
      {(current) => {
        const { verdict, banner } = current();
        const profileId = verdict.kind === 'changes' ? verdict.profileId : null;
        return (
          <section class="banner-changes" aria-labelledby="banner-title">
            <h2 id="banner-title">Dane z banera ePUAP</h2>
            <p>
              {verdict.kind === 'changes'
                ? `Baner ePUAP w otwartej karcie pokazuje dane inne niż profil gminy „${verdict.profileName}”. Zapisać je w profilu?`
                : 'Nie ma jeszcze profilu gminy w Asystencie. Zapisać dane z banera ePUAP jako nową gminę?'}
            </p>
            <table aria-label="Zmiany z banera ePUAP">
              <thead>
                <tr>
                  <th scope="col">Pole</th>
                  <th scope="col">W profilu</th>
                  <th scope="col">Na ePUAP</th>
                </tr>
              </thead>
              <tbody>
                <For each={verdict.changes}>
                  {(change) => (
                    <tr>
                      <th scope="row">{change.label}</th>
                      <td>{change.current || '(brak)'}</td>
                      <td>{change.seen}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <button type="button" class="primary" onClick={() => void save(profileId, banner)}>
              {verdict.kind === 'changes' ? 'Zapisz w profilu' : 'Utwórz profil gminy'}
            </button>
            <ErrorAlert error={error()} />
          </section>
        );
      }}
    </Show>
  );
}
