import { useLocation } from '@solidjs/router';
import { Show } from 'solid-js';
import { createAppUpdate } from '../app/create-app-update.ts';

/** Offers the new version, but never in the middle of a questionnaire: it waits for the review or results. */
export function UpdatePrompt() {
  const update = createAppUpdate();
  const location = useLocation();
  const answering = () => location.pathname.includes('/q/');

  return (
    <Show when={update.waiting() && !answering()}>
      <div class="update-prompt" role="status">
        <span>A new version of Olé is ready.</span>
        <button type="button" class="button primary" onClick={() => update.reload()}>
          Reload
        </button>
        <button type="button" class="button" onClick={() => update.later()}>
          Later
        </button>
      </div>
    </Show>
  );
}
