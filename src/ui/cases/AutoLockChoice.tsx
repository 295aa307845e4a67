import { For } from 'solid-js';
import { t } from '../app/i18n.ts';
import { AUTO_LOCK_CHOICES } from './auto-lock.ts';
import { autoLockMessages } from './auto-lock.messages.ts';
import { autoLockMinutes, setAutoLockMinutes } from './create-auto-lock.ts';

/** How long an unlocked device may sit unused before the cases lock themselves; kept on this device. */
export function AutoLockChoice() {
  const m = () => t(autoLockMessages);
  return (
    <fieldset class="auto-lock" aria-describedby="auto-lock-hint">
      <legend>{m().title}</legend>
      <p id="auto-lock-hint" class="hint">
        {m().hint}
      </p>
      <For each={AUTO_LOCK_CHOICES}>
        {(minutes) => (
          <label class="choice">
            <input
              type="radio"
              name="auto-lock"
              value={minutes}
              checked={autoLockMinutes() === minutes}
              onChange={() => void setAutoLockMinutes(minutes)}
            />
            <span>{minutes === 0 ? m().never : m().after(minutes)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
