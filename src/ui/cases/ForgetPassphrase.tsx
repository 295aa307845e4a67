import { createSignal, Match, Show, Switch } from 'solid-js';
import { surveyProtectedCases, type ProtectedShelf } from '../../storage/case-forgetting.ts';
import { useDb } from '../app/db.ts';
import { describeStorageError } from '../app/errors.ts';
import { t } from '../app/i18n.ts';
import { forgetPassphrase } from './case-lock.ts';
import { forgetPassphraseMessages } from './forget-passphrase.messages.ts';

type Step = { readonly step: 1 | 2; readonly shelf: ProtectedShelf };

/**
 * "I forgot my passphrase": first what would be erased and what is kept, then an explicit confirmation; only then are
 * the protected cases and the protection erased. Each step's heading takes the focus, Cancel gives it back.
 */
export function ForgetPassphrase() {
  const m = () => t(forgetPassphraseMessages);
  const [step, setStep] = createSignal<Step>();
  const [busy, setBusy] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  let opener: HTMLButtonElement | undefined;
  const focusHeading = (heading: HTMLElement) => queueMicrotask(() => heading.focus());

  const survey = async () => {
    const shelf = await surveyProtectedCases(await useDb());
    if (shelf) setStep({ step: 1, shelf });
  };
  const start = async () => {
    setProblem(undefined);
    await survey().catch((error: unknown) => setProblem(describeStorageError(error)));
  };
  const cancel = () => {
    setStep(undefined);
    setProblem(undefined);
    opener?.focus();
  };
  const erase = async (shelf: ProtectedShelf) => {
    setBusy(true);
    try {
      const outcome = await forgetPassphrase(shelf);
      if (!outcome.ok) {
        setProblem(m().changed);
        await survey(); // back to the first step, with what is there now
      }
    } catch (error) {
      setProblem(describeStorageError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="forget-passphrase">
      <p class="hint">{m().forgotten}</p>
      <Show when={problem()}>
        {(text) => (
          <p role="alert" class="notice error">
            {text()}
          </p>
        )}
      </Show>
      <Switch
        fallback={
          <button type="button" class="button" ref={opener} onClick={() => void start()}>
            {m().forgot}
          </button>
        }
      >
        <Match when={step()?.step === 1 && step()?.shelf}>
          {(shelf) => (
            <section class="notice warn forget-step" aria-labelledby="forget-step-title">
              <h3 id="forget-step-title" tabindex="-1" ref={focusHeading}>
                {m().stepOneTitle}
              </h3>
              <p>{m().erased(shelf().sealed.length)}</p>
              <p>{m().kept(shelf().plain)}</p>
              <p>{m().noWayBack}</p>
              <p class="actions">
                <button type="button" class="button" onClick={() => setStep({ step: 2, shelf: shelf() })}>
                  {m().continue}
                </button>
                <button type="button" class="button" onClick={cancel}>
                  {m().cancel}
                </button>
              </p>
            </section>
          )}
        </Match>
        <Match when={step()?.step === 2 && step()?.shelf}>
          {(shelf) => (
            <section class="notice error forget-step" aria-labelledby="forget-confirm-title">
              <h3 id="forget-confirm-title" tabindex="-1" ref={focusHeading}>
                {m().stepTwoTitle}
              </h3>
              <p>{m().erased(shelf().sealed.length)}</p>
              <p class="actions">
                <button type="button" class="button danger" disabled={busy()} onClick={() => void erase(shelf())}>
                  {busy() ? m().erasing : m().confirm(shelf().sealed.length)}
                </button>
                <button type="button" class="button" onClick={cancel}>
                  {m().keep}
                </button>
              </p>
            </section>
          )}
        </Match>
      </Switch>
    </div>
  );
}
