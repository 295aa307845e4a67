import { setItemField } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import type { Party, PartyKind, SideKey } from '../../domain/worksheet/types.ts';
import { t } from '../app/i18n.ts';
import { sideName, type WorksheetEditor } from './editor.ts';
import { TextField } from './fields.tsx';
import { ItemList } from './ItemList.tsx';
import { worksheetMessages } from './worksheet.messages.ts';

export function PartiesPart(props: { editor: WorksheetEditor }) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  const find = (id: string) => ws().parties?.find((p) => p.id === id);
  const set = <F extends 'name' | 'kind' | 'side' | 'stake'>(id: string, field: F, value: Party[F]) =>
    props.editor.update((w) => setItemField(w, 'parties', id, field, value));
  const choose = <F extends 'kind' | 'side'>(id: string, field: F, value: Party[F]) => {
    set(id, field, value);
    props.editor.flush();
  };

  return (
    <ItemList
      editor={props.editor}
      list="parties"
      blank={(id) => ({ id, name: '', kind: 'party' })}
      empty={m().noParties}
      addLabel={m().addParty}
      legend={m().partyNumber}
    >
      {(id) => (
        <>
          <TextField
            label={m().partyName}
            value={find(id)?.name}
            maxLength={L.shortText}
            onText={(v) => set(id, 'name', v)}
            onBlur={props.editor.flush}
          />
          <div class="field">
            <label for={`party-${id}-kind`}>{m().partyKind}</label>
            <select
              id={`party-${id}-kind`}
              value={find(id)?.kind}
              onChange={(e) => choose(id, 'kind', e.currentTarget.value as PartyKind)}
            >
              <option value="party">{m().kindParty}</option>
              <option value="stakeholder">{m().kindStakeholder}</option>
            </select>
          </div>
          <div class="field">
            <label for={`party-${id}-side`}>{m().partySide}</label>
            <select
              id={`party-${id}-side`}
              value={find(id)?.side ?? ''}
              onChange={(e) => choose(id, 'side', (e.currentTarget.value || undefined) as SideKey | undefined)}
            >
              <option value="">{m().sideNone}</option>
              <option value="self">{sideName(ws(), 'self')}</option>
              <option value="other">{sideName(ws(), 'other')}</option>
            </select>
          </div>
          <TextField
            label={m().partyStake}
            value={find(id)?.stake}
            long
            maxLength={L.longText}
            onText={(v) => set(id, 'stake', v)}
            onBlur={props.editor.flush}
          />
        </>
      )}
    </ItemList>
  );
}
