import { createEffect, createSignal, createUniqueId, on, Show } from 'solid-js';
import type { CodeFailure } from '../../domain/together/priorities-code.ts';
import { readCode } from '../../domain/together/together-link.ts';
import { t } from '../app/i18n.ts';
import { codeErrorText } from './code-text.ts';
import { togetherMessages } from './together.messages.ts';

/** The other party's code, typed or pasted: a good one is handed on, a bad one is named and nothing else happens. */
export function TheirCodeForm(props: {
  onCode: (code: string) => void;
  /** What was wrong with the code a link brought, already taken out of the address bar. */
  linkError?: CodeFailure | undefined;
  buttonLabel?: string;
}) {
  const m = () => t(togetherMessages);
  const id = createUniqueId();
  const [text, setText] = createSignal('');
  // The error a link brought shows until the next try, or the next link.
  const [error, setError] = createSignal<CodeFailure | undefined>(props.linkError);
  const [fromLink, setFromLink] = createSignal(props.linkError !== undefined);
  createEffect(
    on(
      () => props.linkError,
      (failure) => {
        setError(failure);
        setFromLink(failure !== undefined);
      },
      { defer: true },
    ),
  );
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setFromLink(false);
    const result = readCode(text());
    if (!result.ok) return void setError(result);
    setError(undefined);
    setText('');
    props.onCode(result.code);
  };
  return (
    <form class="their-code" onSubmit={submit} novalidate>
      <label for={`${id}-input`}>{m().theirCode}</label>
      <p id={`${id}-help`} class="muted small">
        {m().theirCodeHelp}
      </p>
      <div class="code-entry">
        <input
          id={`${id}-input`}
          class="code-input"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          aria-describedby={`${id}-help${error() ? ` ${id}-error` : ''}`}
          aria-invalid={error() ? 'true' : undefined}
          value={text()}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button primary">
          {props.buttonLabel ?? m().compare}
        </button>
      </div>
      <Show when={error()}>
        {(failure) => (
          <p id={`${id}-error`} role="alert" class="notice error">
            {codeErrorText(failure())} {m().nothingChanged}
            <Show when={fromLink()}> {m().linkCleared}</Show>
          </p>
        )}
      </Show>
    </form>
  );
}
