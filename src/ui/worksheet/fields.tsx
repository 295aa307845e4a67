// Form fields that show the saved value once and then belong to the person typing (no re-render under the caret).
import { createEffect, createUniqueId, on, untrack, type JSX } from 'solid-js';

/** A value saved elsewhere (another tab) reaches a field nobody is typing in; the focused one is left alone. */
export function followWhenIdle(
  element: () => HTMLInputElement | HTMLTextAreaElement | undefined,
  text: () => string,
): void {
  createEffect(
    on(
      text,
      (next) => {
        const el = element();
        if (el && el !== document.activeElement && el.value !== next) el.value = next;
      },
      { defer: true },
    ),
  );
}

export type Base = { label: string; hint?: string; onBlur: () => void; class?: string };

/** A label, the control, and its hint; `after` (a message about what was typed) goes below the hint. */
export function Field(props: Base & { id: string; children: JSX.Element; after?: JSX.Element }) {
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p class="hint small muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.after}
    </div>
  );
}

export function TextField(
  props: Base & { value: string | undefined; onText: (value: string) => void; long?: boolean; maxLength: number },
) {
  const id = createUniqueId();
  const initial = untrack(() => props.value ?? '');
  let el: HTMLInputElement | HTMLTextAreaElement | undefined;
  followWhenIdle(
    () => el,
    () => props.value ?? '',
  );
  const input = (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => props.onText(e.currentTarget.value);
  return (
    <Field {...props} id={id}>
      {props.long ? (
        <textarea
          ref={(node) => (el = node)}
          id={id}
          rows={3}
          maxLength={props.maxLength}
          value={initial}
          onInput={input}
          onBlur={() => props.onBlur()}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
        />
      ) : (
        <input
          ref={(node) => (el = node)}
          id={id}
          type="text"
          maxLength={props.maxLength}
          value={initial}
          onInput={input}
          onBlur={() => props.onBlur()}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
        />
      )}
    </Field>
  );
}

/** A checkbox with its label beside it and a hint below. */
export function CheckField(props: { label: string; hint: string; checked: boolean; onCheck: (on: boolean) => void }) {
  const id = createUniqueId();
  return (
    <div class="field">
      <div class="field check">
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onCheck(e.currentTarget.checked)}
          aria-describedby={`${id}-hint`}
        />
        <label for={id}>{props.label}</label>
      </div>
      <p class="hint small muted" id={`${id}-hint`}>
        {props.hint}
      </p>
    </div>
  );
}
