import { useLocation } from '@solidjs/router';
import { Show } from 'solid-js';
import { createAppUpdate } from '../app/create-app-update.ts';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

/** Offers the new version, but never in the middle of a questionnaire: it waits for the review or results. */
export function UpdatePrompt() {
  const m = () => t(componentsMessages);
  const update = createAppUpdate();
  const location = useLocation();
  const answering = () => location.pathname.includes('/q/');

  return (
    <Show when={update.waiting() && !answering()}>
      <div class="update-prompt" role="status">
        <span>{m().newVersion}</span>
        <button type="button" class="button primary" onClick={() => update.reload()}>
          {m().reload}
        </button>
        <button type="button" class="button" onClick={() => update.later()}>
          {m().later}
        </button>
      </div>
    </Show>
  );
}
