// The parts filled in once per side: positions and interests, money, outcomes without settlement, SWOT.
import { For, type JSX } from 'solid-js';
import { setMoney, setOutcome, setSideText, setSwot } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import { OUTCOMES, SIDES, SWOT_KEYS, type Money, type SideKey } from '../../domain/worksheet/types.ts';
import { t } from '../app/i18n.ts';
import { sideName, type WorksheetEditor } from './editor.ts';
import { worksheetCurrency } from './currency-picker.tsx';
import { TextField } from './fields.tsx';
import { NumberField } from './number-field.tsx';
import type { NumberUnit } from './number-unit.ts';
import { worksheetMessages } from './worksheet.messages.ts';

type Props = { editor: WorksheetEditor };

/** Both sides side by side on a wide screen, one after the other on a phone. */
export function PerSide(props: Props & { children: (side: SideKey) => JSX.Element }) {
  return (
    <div class="ws-sides">
      <For each={SIDES}>
        {(side) => (
          <fieldset class="ws-side" data-side={side}>
            <legend>{sideName(props.editor.worksheet(), side)}</legend>
            {props.children(side)}
          </fieldset>
        )}
      </For>
    </div>
  );
}

export function PositionsPart(props: Props) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  const text = (side: SideKey, key: 'label' | 'positions' | 'interests') => (v: string) =>
    props.editor.update((w) => setSideText(w, side, key, v));
  return (
    <>
      <p class="muted">{m().positionsHint}</p>
      <PerSide editor={props.editor}>
        {(side) => (
          <>
            <TextField
              label={m().sideLabel}
              value={ws().sides?.[side]?.label}
              maxLength={L.shortText}
              onText={text(side, 'label')}
              onBlur={props.editor.flush}
            />
            <TextField
              label={m().positionsLabel}
              long
              value={ws().sides?.[side]?.positions}
              maxLength={L.longText}
              onText={text(side, 'positions')}
              onBlur={props.editor.flush}
            />
            <TextField
              label={m().interestsLabel}
              long
              value={ws().sides?.[side]?.interests}
              maxLength={L.longText}
              onText={text(side, 'interests')}
              onBlur={props.editor.flush}
            />
          </>
        )}
      </PerSide>
    </>
  );
}

export function MoneyPart(props: Props & { currencyPicker: JSX.Element }) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  const money = (): NumberUnit => ({ kind: 'money', currency: worksheetCurrency(ws()) });
  const field = (side: SideKey, key: keyof Money, label: string, max: number) => (
    <NumberField
      label={label}
      value={ws().sides?.[side]?.money?.[key]}
      unit={key === 'monthsToDecision' ? { kind: 'count' } : money()}
      min={0}
      max={max}
      onBlur={props.editor.flush}
      onNumber={(v) => props.editor.update((w) => setMoney(w, side, key, v))}
      onUnsaved={(u) => props.editor.markUnsaved(`sides.${side}.money.${key}`, u)}
    />
  );
  return (
    <>
      {props.currencyPicker}
      <p class="muted">{m().sunkNote}</p>
      <PerSide editor={props.editor}>
        {(side) => (
          <>
            {field(side, 'claim', m().claim, L.maxAmount)}
            {field(side, 'costsSoFar', m().costsSoFar, L.maxAmount)}
            {field(side, 'costsToCome', m().costsToCome, L.maxAmount)}
            {field(side, 'monthsToDecision', m().months, L.maxMonths)}
          </>
        )}
      </PerSide>
    </>
  );
}

export function OutcomesPart(props: Props) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  return (
    <>
      <p class="muted">{m().outcomesLead}</p>
      <PerSide editor={props.editor}>
        {(side) => (
          <For each={OUTCOMES}>
            {(outcome) => (
              <fieldset class="ws-outcome" data-outcome={outcome}>
                <legend>{m()[outcome]}</legend>
                <NumberField
                  label={m().amount}
                  value={ws().sides?.[side]?.outcomes?.[outcome]?.amount}
                  unit={{ kind: 'money', currency: worksheetCurrency(ws()) }}
                  max={L.maxAmount}
                  onBlur={props.editor.flush}
                  onNumber={(v) => props.editor.update((w) => setOutcome(w, side, outcome, 'amount', v))}
                  onUnsaved={(u) => props.editor.markUnsaved(`sides.${side}.outcomes.${outcome}.amount`, u)}
                />
                <NumberField
                  label={m().probability}
                  value={ws().sides?.[side]?.outcomes?.[outcome]?.probability}
                  unit={{ kind: 'percent' }}
                  min={0}
                  max={100}
                  onBlur={props.editor.flush}
                  onNumber={(v) => props.editor.update((w) => setOutcome(w, side, outcome, 'probability', v))}
                  onUnsaved={(u) => props.editor.markUnsaved(`sides.${side}.outcomes.${outcome}.probability`, u)}
                />
                <TextField
                  label={m().outcomeNote}
                  value={ws().sides?.[side]?.outcomes?.[outcome]?.description}
                  maxLength={L.longText}
                  onBlur={props.editor.flush}
                  onText={(v) => props.editor.update((w) => setOutcome(w, side, outcome, 'description', v))}
                />
              </fieldset>
            )}
          </For>
        )}
      </PerSide>
    </>
  );
}

export function SwotPart(props: Props) {
  const m = () => t(worksheetMessages);
  const ws = props.editor.worksheet;
  return (
    <PerSide editor={props.editor}>
      {(side) => (
        <For each={SWOT_KEYS}>
          {(key) => (
            <TextField
              label={m()[key]}
              long
              value={ws().sides?.[side]?.swot?.[key]}
              maxLength={L.longText}
              onBlur={props.editor.flush}
              onText={(v) => props.editor.update((w) => setSwot(w, side, key, v))}
            />
          )}
        </For>
      )}
    </PerSide>
  );
}
