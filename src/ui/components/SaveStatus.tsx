import { Show } from 'solid-js';

/** Says nothing while saves succeed; a failed save is announced and explained. */
export function SaveStatus(props: { error: string | undefined }) {
  return (
    <Show when={props.error}>
      {(message) => (
        <p role="alert" class="notice error">
          {message()}
        </p>
      )}
    </Show>
  );
}
