import { createSignal, Show } from 'solid-js';
import { t } from '../app/i18n.ts';
import { createPageTitle } from '../app/page-title.ts';
import { createProtectionForm } from './create-protection-form.ts';
import { autoLockMessages } from './auto-lock.messages.ts';
import { lockedAfterIdle, unlock } from './case-lock.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { protectionMessages } from './protection.messages.ts';

/** The lock screen: asks for the passphrase before any case is shown; a wrong one is said and changes nothing. */
export function UnlockCases(props: { headingLevel: 1 | 2 }) {
  const m = () => t(protectionMessages);
  if (props.headingLevel === 1) createPageTitle(() => m().lockedTitle); // it stands in for the whole page
  const [passphrase, setPassphrase] = createSignal('');
  const form = createProtectionForm(async () => ((await unlock(passphrase())).ok ? undefined : m().wrongPassphrase));

  const heading = () => m().lockedTitle;
  return (
    <section class="unlock-cases narrow" aria-labelledby="unlock-title">
      <Show when={props.headingLevel === 1} fallback={<h2 id="unlock-title">{heading()}</h2>}>
        <h1 id="unlock-title">{heading()}</h1>
      </Show>
      <Show when={lockedAfterIdle()}>
        {(minutes) => <p class="notice">{t(autoLockMessages).lockedIdle(minutes())}</p>}
      </Show>
      <p>{m().lockedText}</p>
      <form onSubmit={form.submit} aria-busy={form.busy()}>
        <PassphraseField
          id="unlock-passphrase"
          label={m().passphrase}
          value={passphrase()}
          onInput={setPassphrase}
          autocomplete="current-password"
          invalid={form.feedback() !== undefined}
        />
        <button type="submit" class="button primary" disabled={form.busy()}>
          {form.busy() ? m().unlocking : m().unlock}
        </button>
      </form>
      <Show when={form.feedback()}>
        {(feedback) => (
          <p role="alert" class="notice error">
            {feedback().text}
          </p>
        )}
      </Show>
      <p class="hint">{m().forgotten}</p>
    </section>
  );
}
