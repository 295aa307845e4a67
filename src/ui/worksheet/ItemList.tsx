import { For, Show, type JSX } from 'solid-js';
import { addItem, removeItem } from '../../domain/worksheet/edit.ts';
import type { Worksheet } from '../../domain/worksheet/types.ts';
import { newCaseId } from '../../storage/cases.ts';
import { t } from '../app/i18n.ts';
import type { WorksheetEditor } from './editor.ts';
import { worksheetMessages } from './worksheet.messages.ts';

type Props<K extends 'parties' | 'actions'> = {
  editor: WorksheetEditor;
  list: K;
  /** A new, empty item with the given id. */
  blank: (id: string) => NonNullable<Worksheet[K]>[number];
  empty: string;
  addLabel: string;
  legend: (n: number) => string;
  children: (id: string) => JSX.Element;
};

/** Parties or action steps: rows keyed by id (stable strings), so typing in one never rebuilds it under the caret. */
export function ItemList<K extends 'parties' | 'actions'>(props: Props<K>) {
  const m = () => t(worksheetMessages);
  const ids = () => ((props.editor.worksheet()[props.list] ?? []) as readonly { id: string }[]).map((item) => item.id);
  const domId = (id: string) => `${props.list}-${id}`;
  const add = () => {
    const id = newCaseId();
    props.editor.update((w) => addItem(w, props.list, props.blank(id)));
    props.editor.flush();
    queueMicrotask(() => document.getElementById(domId(id))?.querySelector('input')?.focus());
  };
  const remove = (id: string) => {
    props.editor.update((w) => removeItem(w, props.list, id));
    props.editor.flush();
  };
  return (
    <>
      <Show when={ids().length === 0}>
        <p class="muted">{props.empty}</p>
      </Show>
      <ol class="ws-items">
        <For each={ids()}>
          {(id, index) => (
            <li id={domId(id)}>
              <fieldset>
                <legend>{props.legend(index() + 1)}</legend>
                {props.children(id)}
                <button type="button" class="button danger" onClick={() => remove(id)}>
                  {m().remove}
                  <span class="visually-hidden">: {props.legend(index() + 1)}</span>
                </button>
              </fieldset>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="button" onClick={add}>
        {props.addLabel}
      </button>
    </>
  );
}
