import { createResource } from 'solid-js';
import { onDatabaseChange } from '@/components/app-state';
import type { StoreName } from '@/lib/db/schema';
import { send } from '@/lib/messaging/client';

/** Writes that can change what the checklist shows: its progress, the profile's data, the active one, settings. */
const PANEL_STORES: readonly StoreName[] = ['progress', 'profiles', 'meta'];

/**
 * The side panel's data from the background: the active municipality's process, the overview of all
 * and the settings, re-read whenever the background reports a relevant write (a tick here, a profile
 * saved in the popup, evidence seen on an ePUAP page).
 */
export function createPanelData(activeProfileId: () => string | null | undefined) {
  const [snapshot, snapshotControl] = createResource(
    () => activeProfileId() ?? false,
    (profileId) => send('process.get', { profileId }),
  );
  const [overview, overviewControl] = createResource(() => send('process.overview', undefined));
  const [settings, settingsControl] = createResource(() => send('settings.get', undefined));
  const refetchAll = () => {
    void snapshotControl.refetch();
    void overviewControl.refetch();
    void settingsControl.refetch();
  };
  onDatabaseChange(refetchAll, PANEL_STORES);
  return { snapshot, overview, settings, refetchAll };
}
