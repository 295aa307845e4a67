// Form fields that show the saved value once and then belong to the person typing (no re-render under the caret).
import { createEffect, createUniqueId, on, untrack, type JSX } from 'solid-js';

/** A value saved elsewhere (another tab) reaches a field nobody is typing in; the focused one is left alone. */
function followWhenIdle(element: () => HTMLInputElement | HTMLTextAreaElement | undefined, text: () => string): void {
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

type Base = { label: string; hint?: string; onBlur: () => void; class?: string };

function Field(props: Base & { id: string; children: JSX.Element }) {
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p class="hint small muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
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

/** A number field; an empty or unreadable entry clears the number rather than storing a wrong one. */
export function NumberField(
  props: Base & { value: number | undefined; onNumber: (value: number | undefined) => void; min?: number; max: number },
) {
  const id = createUniqueId();
  const initial = untrack(() => (props.value === undefined ? '' : String(props.value)));
  let el: HTMLInputElement | undefined;
  followWhenIdle(
    () => el,
    () => (props.value === undefined ? '' : String(props.value)),
  );
  const input = (e: { currentTarget: HTMLInputElement }) => {
    const n = e.currentTarget.valueAsNumber;
    const inRange = Number.isFinite(n) && n <= props.max && n >= (props.min ?? -props.max);
    props.onNumber(inRange ? n : undefined);
  };
  return (
    <Field {...props} id={id}>
      <input
        ref={el}
        id={id}
        type="number"
        step="any"
        inputmode="decimal"
        min={props.min}
        max={props.max}
        value={initial}
        onInput={input}
        onBlur={() => props.onBlur()}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      />
    </Field>
  );
}
