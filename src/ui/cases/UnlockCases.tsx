import { createEffect, createSignal, lazy, on, Show } from 'solid-js';
import { t } from '../app/i18n.ts';
import { createPageTitle } from '../app/page-title.ts';
import { createProtectionForm } from './create-protection-form.ts';
import { autoLockMessages } from './auto-lock.messages.ts';
import { lockedAfterIdle, unlock } from './case-lock.ts';
import { PassphraseField } from './PassphraseField.tsx';
import { protectionMessages } from './protection.messages.ts';
import { recoveryMessages } from './recovery.messages.ts';

// Needed only by someone who forgot their passphrase: loaded with the lock card, not with the first screen.
const ForgetPassphrase = lazy(() => import('./ForgetPassphrase.tsx').then((m) => ({ default: m.ForgetPassphrase })));

/** The lock screen: asks for the passphrase before any protected case is shown; a wrong one is said and changes nothing. */
export function UnlockCases(props: { headingLevel: 1 | 2; lockedCount?: number }) {
  const m = () => t(protectionMessages);
  if (props.headingLevel === 1) createPageTitle(() => m().lockedTitle); // it stands in for the whole page
  const [passphrase, setPassphrase] = createSignal('');
  const form = createProtectionForm(async () => ((await unlock(passphrase())).ok ? undefined : m().wrongPassphrase));
  let field: HTMLInputElement | undefined;
  // A wrong passphrase: back to the field, selected to type again, with the message read out with it.
  createEffect(
    on(form.feedback, (feedback) => {
      if (!feedback) return;
      field?.focus();
      field?.select();
    }),
  );

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
      <Show when={props.lockedCount}>{(count) => <p>{t(recoveryMessages).lockedCount(count())}</p>}</Show>
      <form onSubmit={form.submit} aria-busy={form.busy()}>
        <PassphraseField
          id="unlock-passphrase"
          label={m().passphrase}
          value={passphrase()}
          onInput={setPassphrase}
          autocomplete="current-password"
          invalid={form.feedback() !== undefined}
          errorId={form.feedback() ? 'unlock-error' : undefined}
          ref={(input) => (field = input)}
        />
        <button type="submit" class="button primary" disabled={form.busy()}>
          {form.busy() ? m().unlocking : m().unlock}
        </button>
      </form>
      <Show when={form.feedback()}>
        {(feedback) => (
          <p id="unlock-error" role="alert" class="notice error">
            {feedback().text}
          </p>
        )}
      </Show>
      <ForgetPassphrase />
    </section>
  );
}
