// A number typed in the person's own format, echoed as understood; what cannot be read is flagged and never stored.
import { createEffect, createMemo, createSignal, createUniqueId, on, untrack } from 'solid-js';
import { t } from '../app/i18n.ts';
import { type Base, Field, followWhenIdle } from './fields.tsx';
import { numberFieldMessages } from './number-field.messages.ts';
import { echoIn, type NumberUnit, readIn, writeIn } from './number-unit.ts';

/** What the field says under it: nothing yet, the number read, or why the entry was not saved. */
type Said =
  | { readonly kind: 'quiet' | 'invalid' }
  | { readonly kind: 'read' | 'out-of-range'; readonly value: number }
  | { readonly kind: 'ambiguous'; readonly readings: readonly number[] };

const isProblem = (said: Said) => said.kind !== 'quiet' && said.kind !== 'read';

type Props = Base & {
  value: number | undefined;
  onNumber: (value: number | undefined) => void;
  unit: NumberUnit;
  min?: number;
  max: number;
  /** Told whether the field now holds an entry that was not saved, so the assessment can say so. */
  onUnsaved?: (unsaved: boolean) => void;
};

export function NumberField(props: Props) {
  const id = createUniqueId();
  const m = () => t(numberFieldMessages);
  // A memo: other edits re-create the unit, and an unchanged text must not wipe an entry not saved.
  const shown = createMemo(() => (props.value === undefined ? '' : writeIn(props.unit, props.value)));
  const [said, setSaid] = createSignal<Said>({ kind: 'quiet' });
  const say = (next: Said) => {
    setSaid(next);
    props.onUnsaved?.(isProblem(next));
  };
  let el: HTMLInputElement | undefined;
  followWhenIdle(() => el, shown);
  // A value saved elsewhere replaced the text of a field nobody is typing in: what it said is about text now gone.
  createEffect(on(shown, () => el !== document.activeElement && say({ kind: 'quiet' }), { defer: true }));

  const input = (e: { currentTarget: HTMLInputElement }) => {
    const reading = readIn(props.unit, e.currentTarget.value);
    if (!reading.ok) {
      if (reading.reason === 'empty') props.onNumber(undefined);
      if (reading.reason === 'ambiguous') return say({ kind: 'ambiguous', readings: reading.readings });
      return say({ kind: reading.reason === 'empty' ? 'quiet' : 'invalid' });
    }
    const inRange = reading.value <= props.max && reading.value >= (props.min ?? -props.max);
    if (inRange) props.onNumber(reading.value);
    say({ kind: inRange ? 'read' : 'out-of-range', value: reading.value });
  };

  const echo = (value: number) => echoIn(props.unit, value);
  const problem = (s: Said): string => {
    if (s.kind === 'out-of-range') return m().outOfRange(echo(props.min ?? -props.max), echo(props.max));
    if (s.kind === 'ambiguous') return m().ambiguous(echo(s.readings[0]!), echo(s.readings[1]!));
    return m().invalid;
  };
  const message = () => {
    const s = said();
    if (s.kind === 'quiet') return '';
    if (s.kind === 'read') return m().read(echo(s.value));
    const kept = props.value === undefined ? m().keptNothing : m().kept(echo(props.value));
    return `${problem(s)} ${kept}`;
  };
  const describedBy = () => [props.hint && `${id}-hint`, `${id}-read`].filter(Boolean).join(' ');

  return (
    <Field
      {...props}
      id={id}
      after={
        <p id={`${id}-read`} class="ws-read small" classList={{ problem: isProblem(said()) }} aria-live="polite">
          {message()}
        </p>
      }
    >
      <input
        ref={el}
        id={id}
        type="text"
        inputmode={props.min !== undefined && props.min >= 0 ? 'decimal' : undefined}
        autocomplete="off"
        value={untrack(shown)}
        onInput={input}
        onBlur={() => props.onBlur()}
        aria-invalid={isProblem(said()) ? 'true' : undefined}
        aria-describedby={describedBy()}
      />
    </Field>
  );
}
