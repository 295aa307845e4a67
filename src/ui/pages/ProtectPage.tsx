import { A } from '@solidjs/router';
import { createSignal, Match, Show, Switch, type JSX } from 'solid-js';
import { PBKDF2_ITERATIONS } from '../../storage/case-crypto.ts';
import { MIN_PASSPHRASE_LENGTH, type Refused } from '../../storage/case-protection.ts';
import { formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { createPageTitle } from '../app/page-title.ts';
import { AutoLockChoice } from '../cases/AutoLockChoice.tsx';
import {
  caseAccess,
  casesProtected,
  changeCasePassphrase,
  lockCases,
  turnOffProtection,
  turnOnProtection,
} from '../cases/case-lock.ts';
import { createProtectionForm, type Feedback } from '../cases/create-protection-form.ts';
import { PassphraseField } from '../cases/PassphraseField.tsx';
import { protectionMessages } from '../cases/protection.messages.ts';
import { protectionStatusMessages } from '../cases/protection-status.messages.ts';
import { UnlockCases } from '../cases/UnlockCases.tsx';

type Messages = (typeof protectionMessages)['en'];

/** "Protect my cases": turn passphrase protection on, change the passphrase, or turn it off. */
export default function ProtectPage() {
  const m = () => t(protectionMessages);
  createPageTitle(() => m().pageTitle);
  return (
    <section class="page narrow protect-page">
      <h1>{m().pageTitle}</h1>
      <p class="lead">{m().pageLead}</p>
      <h2>{m().whatTitle}</h2>
      <ul class="protect-facts">
        <li>{m().whatEncrypted(formatNumber(PBKDF2_ITERATIONS))}</li>
        <li>
          <strong>{m().whatForgotten}</strong>
        </li>
        <li>{m().whatPlain}</li>
        <li>{m().whatExports}</li>
      </ul>
      <Switch fallback={<p aria-busy="true">…</p>}>
        <Match when={caseAccess().status === 'locked'}>
          <UnlockCases headingLevel={2} />
        </Match>
        <Match when={caseAccess().status === 'open' && !casesProtected()}>
          <TurnOn />
        </Match>
        <Match when={casesProtected()}>
          <ProtectedSettings />
        </Match>
      </Switch>
      <p>
        <A href="/">{m().backHome}</A>
      </p>
    </section>
  );
}

/** A new passphrase typed twice, with what is wrong with it (too short, the two differ), if anything. */
function createNewPassphrase() {
  const [passphrase, setPassphrase] = createSignal('');
  const [repeated, setRepeated] = createSignal('');
  const problem = (): string | undefined => {
    const m = t(protectionMessages);
    if (passphrase().length < MIN_PASSPHRASE_LENGTH) return m.tooShort(MIN_PASSPHRASE_LENGTH);
    return passphrase() === repeated() ? undefined : m.mismatch;
  };
  const clear = () => {
    setPassphrase('');
    setRepeated('');
  };
  return { passphrase, setPassphrase, repeated, setRepeated, problem, clear };
}

function NewPassphraseFields(props: { idPrefix: string; chosen: ReturnType<typeof createNewPassphrase> }) {
  const m = () => t(protectionMessages);
  return (
    <>
      <PassphraseField
        id={`${props.idPrefix}-new`}
        label={m().newPassphrase}
        value={props.chosen.passphrase()}
        onInput={props.chosen.setPassphrase}
        autocomplete="new-password"
        hint={m().passphraseHint(MIN_PASSPHRASE_LENGTH)}
      />
      <PassphraseField
        id={`${props.idPrefix}-repeat`}
        label={m().repeatPassphrase}
        value={props.chosen.repeated()}
        onInput={props.chosen.setRepeated}
        autocomplete="new-password"
      />
    </>
  );
}

function refusalText(m: Messages, refused: Refused): string {
  return refused.reason === 'wrong-passphrase' ? m.wrongCurrent : t(protectionStatusMessages).changedElsewhere;
}

function FeedbackNote(props: { feedback: Feedback | undefined }): JSX.Element {
  return (
    <Show when={props.feedback}>
      {(feedback) => (
        <p role={feedback().kind === 'error' ? 'alert' : 'status'} class={`notice ${feedback().kind}`}>
          {feedback().text}
        </p>
      )}
    </Show>
  );
}

function TurnOn() {
  const m = () => t(protectionMessages);
  const chosen = createNewPassphrase();
  const form = createProtectionForm(async () => {
    const problem = chosen.problem();
    if (problem) return problem;
    const outcome = await turnOnProtection(chosen.passphrase());
    return outcome.ok ? undefined : refusalText(m(), outcome);
  });
  return (
    <section aria-labelledby="protect-on-title">
      <h2 id="protect-on-title">{m().turnOn}</h2>
      <p>{t(protectionStatusMessages).statusOff}</p>
      <form onSubmit={form.submit} aria-busy={form.busy()}>
        <NewPassphraseFields idPrefix="protect" chosen={chosen} />
        <button type="submit" class="button primary" disabled={form.busy()}>
          {form.busy() ? m().turningOn : m().turnOn}
        </button>
      </form>
      <FeedbackNote feedback={form.feedback()} />
    </section>
  );
}

function ProtectedSettings() {
  const m = () => t(protectionMessages);
  const [done, setDone] = createSignal<string>();
  return (
    <>
      <p role="status" class="notice success">
        {done() ?? m().statusOn}
      </p>
      <p>
        <button type="button" class="button" onClick={() => lockCases()}>
          {t(protectionStatusMessages).lockNow}
        </button>
      </p>
      <AutoLockChoice />
      <ChangePassphrase onDone={() => setDone(m().changed)} />
      <TurnOff />
    </>
  );
}

function ChangePassphrase(props: { onDone: () => void }) {
  const m = () => t(protectionMessages);
  const [current, setCurrent] = createSignal('');
  const chosen = createNewPassphrase();
  const form = createProtectionForm(async () => {
    const problem = chosen.problem();
    if (problem) return problem;
    const outcome = await changeCasePassphrase(current(), chosen.passphrase());
    if (!outcome.ok) return refusalText(m(), outcome);
    setCurrent('');
    chosen.clear();
    props.onDone();
    return undefined;
  });
  return (
    <section aria-labelledby="protect-change-title">
      <h2 id="protect-change-title">{m().changeTitle}</h2>
      <form onSubmit={form.submit} aria-busy={form.busy()}>
        <PassphraseField
          id="change-current"
          label={m().currentPassphrase}
          value={current()}
          onInput={setCurrent}
          autocomplete="current-password"
        />
        <NewPassphraseFields idPrefix="change" chosen={chosen} />
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? m().changing : m().change}
        </button>
      </form>
      <FeedbackNote feedback={form.feedback()} />
    </section>
  );
}

function TurnOff() {
  const m = () => t(protectionMessages);
  const [current, setCurrent] = createSignal('');
  const form = createProtectionForm(async () => {
    const outcome = await turnOffProtection(current());
    return outcome.ok ? undefined : refusalText(m(), outcome);
  });
  return (
    <section aria-labelledby="protect-off-title">
      <h2 id="protect-off-title">{m().offTitle}</h2>
      <p>{m().offText}</p>
      <form onSubmit={form.submit} aria-busy={form.busy()}>
        <PassphraseField
          id="off-current"
          label={m().currentPassphrase}
          value={current()}
          onInput={setCurrent}
          autocomplete="current-password"
        />
        <button type="submit" class="button" disabled={form.busy()}>
          {form.busy() ? m().turningOff : m().turnOff}
        </button>
      </form>
      <FeedbackNote feedback={form.feedback()} />
    </section>
  );
}
