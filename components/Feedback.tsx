import { Show } from 'solid-js';
import { errorText } from '@/lib/text/errors';

/** What went wrong, announced at once; nothing while there is no error. */
export function ErrorAlert(props: { error: string | null | undefined }) {
  return (
    <Show when={props.error}>
      <p class="error" role="alert">
        {props.error}
      </p>
    </Show>
  );
}

/** The page could not read its data from the background (shown instead of staying empty). */
export function ReadError(props: { error: unknown }) {
  return (
    <Show when={props.error}>
      <p class="error" role="alert">
        Nie udało się odczytać danych: {errorText(props.error)}
      </p>
    </Show>
  );
}

/** What just happened (announced politely) and what went wrong (announced at once), in Polish. */
export function Feedback(props: { status: string; error: string }) {
  return (
    <>
      <p class="status" role="status">
        {props.status}
      </p>
      <ErrorAlert error={props.error} />
    </>
  );
}
