import { For, Show } from 'solid-js';
import { addItem, removeItem, setItemField } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import type { ActionStep } from '../../domain/worksheet/types.ts';
import { newCaseId } from '../../storage/cases.ts';
import { t } from '../app/i18n.ts';
import type { WorksheetEditor } from './editor.ts';
import { TextField } from './fields.tsx';
import { worksheetMessages } from './worksheet.messages.ts';

export function ActionsPart(props: { editor: WorksheetEditor }) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  const ids = () => (ws().actions ?? []).map((a) => a.id);
  const find = (id: string) => ws().actions?.find((a) => a.id === id);
  const set = <F extends 'step' | 'owner' | 'due' | 'done'>(id: string, field: F, value: ActionStep[F]) =>
    props.editor.update((w) => setItemField(w, 'actions', id, field, value));
  const add = () => {
    const id = newCaseId();
    props.editor.update((w) => addItem(w, 'actions', { id, step: '' }));
    props.editor.flush();
    queueMicrotask(() => document.getElementById(`step-${id}`)?.querySelector('input')?.focus());
  };

  return (
    <>
      <Show when={ids().length === 0}>
        <p class="muted">{m().noSteps}</p>
      </Show>
      <ol class="ws-items">
        <For each={ids()}>
          {(id, index) => (
            <li id={`step-${id}`}>
              <fieldset>
                <legend>{m().stepNumber(index() + 1)}</legend>
                <TextField label={m().step} value={find(id)?.step} maxLength={L.longText} onText={(v) => set(id, 'step', v)} onBlur={props.editor.flush} />
                <TextField label={m().owner} value={find(id)?.owner} maxLength={L.shortText} onText={(v) => set(id, 'owner', v)} onBlur={props.editor.flush} />
                <div class="field">
                  <label for={`step-${id}-due`}>{m().due}</label>
                  <input id={`step-${id}-due`} type="date" value={find(id)?.due ?? ''}
                    onChange={(e) => { set(id, 'due', e.currentTarget.value || undefined); props.editor.flush(); }} />
                </div>
                <div class="field check">
                  <input id={`step-${id}-done`} type="checkbox" checked={find(id)?.done ?? false}
                    onChange={(e) => { set(id, 'done', e.currentTarget.checked || undefined); props.editor.flush(); }} />
                  <label for={`step-${id}-done`}>{m().done}</label>
                </div>
                <button type="button" class="button danger" onClick={() => { props.editor.update((w) => removeItem(w, 'actions', id)); props.editor.flush(); }}>
                  {m().remove}<span class="visually-hidden">: {m().stepNumber(index() + 1)}</span>
                </button>
              </fieldset>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="button" onClick={add}>{m().addStep}</button>
    </>
  );
}
