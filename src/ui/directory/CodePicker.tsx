import { For } from 'solid-js';
import { t } from '../app/i18n.ts';
import { directoryMessages } from './directory.messages.ts';

type Props = {
  label: string;
  /** Codes to choose from, with their words. */
  options: readonly { code: string; label: string }[];
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
};

/** Pick several codes: a select to add one, a button per chosen code to remove it. */
export function CodePicker(props: Props) {
  const labelOf = (code: string) => props.options.find((o) => o.code === code)?.label ?? code;
  return (
    <fieldset class="code-picker">
      <legend>{props.label}</legend>
      <ul class="chips">
        <For each={props.chosen}>
          {(code) => (
            <li>
              <button type="button" class="chip" onClick={() => props.onChange(props.chosen.filter((c) => c !== code))}>
                {labelOf(code)} <span aria-hidden="true">×</span>
                <span class="visually-hidden">{t(directoryMessages).remove}</span>
              </button>
            </li>
          )}
        </For>
      </ul>
      <select
        aria-label={t(directoryMessages).addTo(props.label)}
        onChange={(e) => {
          const code = e.currentTarget.value;
          e.currentTarget.value = '';
          if (code && !props.chosen.includes(code)) props.onChange([...props.chosen, code]);
        }}
      >
        <option value="">{t(directoryMessages).add}</option>
        <For each={props.options.filter((o) => !props.chosen.includes(o.code))}>
          {(o) => <option value={o.code}>{o.label}</option>}
        </For>
      </select>
    </fieldset>
  );
}
