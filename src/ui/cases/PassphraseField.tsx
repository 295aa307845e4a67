/** A passphrase input with its label (and hint), for the lock screen and the protection forms. */
export function PassphraseField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: 'current-password' | 'new-password';
  hint?: string;
  invalid?: boolean;
  /** The id of the message saying what is wrong, read with the field when it gets focus. */
  errorId?: string;
  ref?: (input: HTMLInputElement) => void;
}) {
  const describedBy = () => [props.hint && `${props.id}-hint`, props.errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="password"
        autocomplete={props.autocomplete}
        value={props.value}
        ref={props.ref}
        aria-describedby={describedBy()}
        aria-invalid={props.invalid ? 'true' : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {props.hint && (
        <p id={`${props.id}-hint`} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
