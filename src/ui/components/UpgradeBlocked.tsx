import { Show } from 'solid-js';
import { upgradeBlocked } from '../app/upgrade-blocked.ts';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

/** Said instead of an endless "Loading…" when an older Olé in another tab holds the data this version must upgrade. */
export function UpgradeBlocked() {
  return (
    <Show when={upgradeBlocked()}>
      <p class="notice warn upgrade-blocked" role="alert">
        {t(componentsMessages).upgradeBlocked}
      </p>
    </Show>
  );
}
