import { Show } from 'solid-js';

/** What just happened (announced politely) and what went wrong (announced at once), in Polish. */
export function Feedback(props: { status: string; error: string }) {
  return (
    <>
      <p class="status" role="status">
        {props.status}
      </p>
      <Show when={props.error}>
        <p class="error" role="alert">
          {props.error}
        </p>
      </Show>
    </>
  );
}
