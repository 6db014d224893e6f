import { createEffect, createSignal, For, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { completenessPercent, missingLabels } from '@/lib/profile/completeness';
import { displayName } from '@/lib/profile/name';
import type { Profile } from '@/lib/profile/schema';
import { escapeCancels } from './confirm';

export interface ProfileListProps {
  profiles: Profile[];
  activeProfileId: string | null;
  onEdit?: (id: string) => void;
  onActivate: (id: string) => void;
  onDelete?: (id: string) => void;
}

/** The municipalities the clerk keeps: one is usual, a coordinator keeps dozens. */
export function ProfileList(props: ProfileListProps) {
  const [confirming, setConfirming] = createSignal<string | null>(null);
  // Fresh data arrive as new objects after every write; reconciling by id keeps each card's DOM, so
  // the focus (on "Edytuj", "Usuń", "Anuluj") survives the re-read instead of falling to <body>.
  const [profiles, setProfiles] = createStore<Profile[]>([]);
  createEffect(() => setProfiles(reconcile(props.profiles, { key: 'id' })));
  const focusIn = (id: string, selector: string) =>
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-profile-id="${CSS.escape(id)}"] ${selector}`)?.focus(),
    );
  const cancel = (id: string) => {
    setConfirming(null);
    focusIn(id, '.delete-profile');
  };
  return (
    <ul class="profile-list" aria-label="Gminy">
      <For each={profiles}>
        {(profile) => {
          const active = () => profile.id === props.activeProfileId;
          const missing = () => missingLabels(profile, 'application');
          return (
            <li class="profile-card" classList={{ active: active() }} data-profile-id={profile.id}>
              <div class="profile-head">
                <strong class="profile-name">{displayName(profile)}</strong>
                <Show when={active()}>
                  <span class="badge">aktywna</span>
                </Show>
              </div>
              <p class="meta">
                {profile.regon ? `REGON ${profile.regon}` : 'bez REGON'} · wypełniono{' '}
                {completenessPercent(profile)}%
              </p>
              <p class="hint">
                {missing().length
                  ? `Do wniosku brakuje: ${missing().join(', ')}.`
                  : 'Dane do wniosku kompletne.'}
              </p>
              <Show
                when={confirming() === profile.id}
                fallback={
                  <div class="actions">
                    <Show when={props.onEdit}>
                      <button type="button" class="edit-profile" onClick={() => props.onEdit?.(profile.id)}>
                        Edytuj<span class="sr-only"> {displayName(profile)}</span>
                      </button>
                    </Show>
                    <Show when={!active()}>
                      <button type="button" onClick={() => props.onActivate(profile.id)}>
                        Ustaw jako aktywną<span class="sr-only"> {displayName(profile)}</span>
                      </button>
                    </Show>
                    <Show when={props.onDelete}>
                      <button
                        type="button"
                        class="danger delete-profile"
                        onClick={() => {
                          setConfirming(profile.id);
                          focusIn(profile.id, '.cancel-delete');
                        }}
                      >
                        Usuń<span class="sr-only"> {displayName(profile)}</span>
                      </button>
                    </Show>
                  </div>
                }
              >
                {/* Escape cancels, like any confirmation; focus returns to "Usuń", never to <body>. */}
                <div
                  class="confirm"
                  role="alertdialog"
                  aria-label="Potwierdź usunięcie"
                  onKeyDown={escapeCancels(() => cancel(profile.id))}
                >
                  <p>
                    Usunąć gminę „{displayName(profile)}” i jej dane? Tego nie można cofnąć (chyba że jest
                    eksport).
                  </p>
                  <div class="actions">
                    <button type="button" class="danger" onClick={() => props.onDelete?.(profile.id)}>
                      Tak, usuń
                    </button>
                    <button type="button" class="cancel-delete" onClick={() => cancel(profile.id)}>
                      Anuluj
                    </button>
                  </div>
                </div>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}
