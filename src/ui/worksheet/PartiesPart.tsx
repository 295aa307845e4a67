import { For, Show } from 'solid-js';
import { addItem, removeItem, setItemField } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import type { Party, PartyKind, SideKey } from '../../domain/worksheet/types.ts';
import { newCaseId } from '../../storage/cases.ts';
import { t } from '../app/i18n.ts';
import { sideName, type WorksheetEditor } from './editor.ts';
import { TextField } from './fields.tsx';
import { worksheetMessages } from './worksheet.messages.ts';

export function PartiesPart(props: { editor: WorksheetEditor }) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  // Rows keyed by id (stable strings), so typing in one never rebuilds it under the caret.
  const ids = () => (ws().parties ?? []).map((p) => p.id);
  const find = (id: string) => ws().parties?.find((p) => p.id === id);
  const set = <F extends 'name' | 'kind' | 'side' | 'stake'>(id: string, field: F, value: Party[F]) =>
    props.editor.update((w) => setItemField(w, 'parties', id, field, value));
  const add = () => {
    const id = newCaseId();
    props.editor.update((w) => addItem(w, 'parties', { id, name: '', kind: 'party' }));
    props.editor.flush();
    queueMicrotask(() => document.getElementById(`party-${id}`)?.querySelector('input')?.focus());
  };
  const remove = (id: string) => {
    props.editor.update((w) => removeItem(w, 'parties', id));
    props.editor.flush();
  };

  return (
    <>
      <Show when={ids().length === 0}>
        <p class="muted">{m().noParties}</p>
      </Show>
      <ol class="ws-items">
        <For each={ids()}>
          {(id, index) => (
            <li id={`party-${id}`}>
              <fieldset>
                <legend>{m().partyNumber(index() + 1)}</legend>
                <TextField label={m().partyName} value={find(id)?.name} maxLength={L.shortText} onText={(v) => set(id, 'name', v)} onBlur={props.editor.flush} />
                <div class="field">
                  <label for={`party-${id}-kind`}>{m().partyKind}</label>
                  <select id={`party-${id}-kind`} value={find(id)?.kind} onChange={(e) => { set(id, 'kind', e.currentTarget.value as PartyKind); props.editor.flush(); }}>
                    <option value="party">{m().kindParty}</option>
                    <option value="stakeholder">{m().kindStakeholder}</option>
                  </select>
                </div>
                <div class="field">
                  <label for={`party-${id}-side`}>{m().partySide}</label>
                  <select id={`party-${id}-side`} value={find(id)?.side ?? ''}
                    onChange={(e) => { set(id, 'side', (e.currentTarget.value || undefined) as SideKey | undefined); props.editor.flush(); }}>
                    <option value="">{m().sideNone}</option>
                    <option value="self">{sideName(ws(), 'self')}</option>
                    <option value="other">{sideName(ws(), 'other')}</option>
                  </select>
                </div>
                <TextField label={m().partyStake} value={find(id)?.stake} long maxLength={L.longText} onText={(v) => set(id, 'stake', v)} onBlur={props.editor.flush} />
                <button type="button" class="button danger" onClick={() => remove(id)}>
                  {m().remove}<span class="visually-hidden">: {m().partyNumber(index() + 1)}</span>
                </button>
              </fieldset>
            </li>
          )}
        </For>
      </ol>
      <button type="button" class="button" onClick={add}>{m().addParty}</button>
    </>
  );
}
