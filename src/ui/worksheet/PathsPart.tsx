// The figures for each way on, per side (court, arbitration, mediation first), with the published figures beside them.
import { For } from 'solid-js';
import type { FactorProfile } from '../../domain/factors.ts';
import { setPathFigure } from '../../domain/worksheet/edit.ts';
import { WORKSHEET_LIMITS as L } from '../../domain/worksheet/limits.ts';
import type { Paths, SideKey } from '../../domain/worksheet/types.ts';
import { t } from '../app/i18n.ts';
import { CostEstimate } from '../results/CostEstimate.tsx';
import type { Claim } from './case-costs.ts';
import { worksheetCurrency } from './currency-picker.tsx';
import type { WorksheetEditor } from './editor.ts';
import { NumberField } from './number-field.tsx';
import type { NumberUnit } from './number-unit.ts';
import { pathsMessages } from './paths.messages.ts';
import { PerSide } from './SideParts.tsx';
import '../styles/paths.css';

type Field<P extends keyof Paths> = {
  readonly key: keyof NonNullable<Paths[P]> & string;
  readonly label: () => string;
  readonly unit: 'money' | 'signed-money' | 'count' | 'percent';
  readonly hint?: () => string;
};

const m = () => t(pathsMessages);
const COURT_LIKE: readonly Field<'court'>[] = [
  { key: 'costsToCome', label: () => m().costsToCome, unit: 'money' },
  { key: 'monthsToDecision', label: () => m().months, unit: 'count' },
];
const MEDIATION: readonly Field<'mediation'>[] = [
  { key: 'costs', label: () => m().mediationCosts, unit: 'money' },
  { key: 'months', label: () => m().mediationMonths, unit: 'count' },
  { key: 'settlePercent', label: () => m().settlePercent, unit: 'percent', hint: () => m().settlePercentHint },
  { key: 'settlement', label: () => m().settlement, unit: 'signed-money' },
];
const WAYS = [
  { path: 'court', fields: COURT_LIKE, option: 'litigation' },
  { path: 'arbitration', fields: COURT_LIKE, option: 'arbitration' },
  { path: 'mediation', fields: MEDIATION, option: 'mediation-facilitative' },
] as const;

type Props = {
  editor: WorksheetEditor;
  profile: FactorProfile;
  claim: Claim;
};

export function PathsPart(props: Props) {
  const ws = props.editor.worksheet;
  const unitOf = (unit: Field<'court'>['unit']): NumberUnit =>
    unit === 'count' || unit === 'percent' ? { kind: unit } : { kind: 'money', currency: worksheetCurrency(ws()) };
  const field = <P extends keyof Paths>(side: SideKey, path: P, f: Field<P>) => (
    <NumberField
      label={f.label()}
      hint={f.hint?.()}
      value={(ws().sides?.[side]?.paths?.[path] as Record<string, number> | undefined)?.[f.key]}
      unit={unitOf(f.unit)}
      min={f.unit === 'signed-money' ? -L.maxAmount : 0}
      max={f.unit === 'count' ? L.maxMonths : f.unit === 'percent' ? 100 : L.maxAmount}
      onBlur={props.editor.flush}
      onNumber={(v) => props.editor.update((w) => setPathFigure(w, side, path, f.key, v))}
      onUnsaved={(u) => props.editor.markUnsaved(`sides.${side}.paths.${path}.${f.key}`, u)}
    />
  );
  return (
    <>
      <p class="muted">{m().lead}</p>
      <details class="ws-published">
        <summary>{m().published}</summary>
        <For each={WAYS}>
          {(way) => (
            <section class="ws-published-way" data-way={way.path}>
              <h4>{m()[way.path]}</h4>
              <CostEstimate id={way.option} profile={props.profile} claim={props.claim} />
            </section>
          )}
        </For>
      </details>
      <PerSide editor={props.editor}>
        {(side) => (
          <For each={WAYS}>
            {(way) => (
              <fieldset class="ws-path" data-path={way.path}>
                <legend>{m()[way.path]}</legend>
                <For each={way.fields as readonly Field<typeof way.path>[]}>{(f) => field(side, way.path, f)}</For>
              </fieldset>
            )}
          </For>
        )}
      </PerSide>
    </>
  );
}
