import { setItemField } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import type { ActionStep } from '../../domain/worksheet/types.ts';
import { t } from '../app/i18n.ts';
import type { WorksheetEditor } from './editor.ts';
import { TextField } from './fields.tsx';
import { ItemList } from './ItemList.tsx';
import { worksheetMessages } from './worksheet.messages.ts';

export function ActionsPart(props: { editor: WorksheetEditor }) {
  const m = () => t(worksheetMessages);
  const find = (id: string) => props.editor.worksheet().actions?.find((a) => a.id === id);
  const set = <F extends 'step' | 'owner' | 'due' | 'done'>(id: string, field: F, value: ActionStep[F]) =>
    props.editor.update((w) => setItemField(w, 'actions', id, field, value));
  const choose = <F extends 'due' | 'done'>(id: string, field: F, value: ActionStep[F]) => {
    set(id, field, value);
    props.editor.flush();
  };

  return (
    <ItemList
      editor={props.editor}
      list="actions"
      blank={(id) => ({ id, step: '' })}
      empty={m().noSteps}
      addLabel={m().addStep}
      legend={m().stepNumber}
    >
      {(id) => (
        <>
          <TextField
            label={m().step}
            value={find(id)?.step}
            maxLength={L.longText}
            onText={(v) => set(id, 'step', v)}
            onBlur={props.editor.flush}
          />
          <TextField
            label={m().owner}
            value={find(id)?.owner}
            maxLength={L.shortText}
            onText={(v) => set(id, 'owner', v)}
            onBlur={props.editor.flush}
          />
          <div class="field">
            <label for={`step-${id}-due`}>{m().due}</label>
            <input
              id={`step-${id}-due`}
              type="date"
              value={find(id)?.due ?? ''}
              onChange={(e) => choose(id, 'due', e.currentTarget.value || undefined)}
            />
          </div>
          <div class="field check">
            <input
              id={`step-${id}-done`}
              type="checkbox"
              checked={find(id)?.done ?? false}
              onChange={(e) => choose(id, 'done', e.currentTarget.checked || undefined)}
            />
            <label for={`step-${id}-done`}>{m().done}</label>
          </div>
        </>
      )}
    </ItemList>
  );
}
