// Each side's outcomes and the settlements it should prefer, on one axis: the amount "self" receives.
import { For, Show } from 'solid-js';
import type { WorksheetAssessment } from '../../domain/worksheet/settlement-zone.ts';
import { OUTCOMES, SIDES, type SideKey, type Worksheet } from '../../domain/worksheet/types.ts';
import { textDirection } from '../../i18n/locale.ts';
import { locale, t } from '../app/i18n.ts';
import { sideName } from './editor.ts';
import { worksheetMessages } from './worksheet.messages.ts';

const WIDTH = 600;
const PAD = 24;
const ROW_Y: Record<SideKey, number> = { self: 48, other: 104 };

type Props = { worksheet: Worksheet; assessment: WorksheetAssessment; money: (amount: number) => string };

/** An outcome of a side on the shared axis: the other side's own amounts are what it receives, so self gets minus that. */
function onAxis(side: SideKey, amount: number): number {
  return side === 'self' ? amount : 0 - amount;
}

export function SettlementChart(props: Props) {
  const m = () => t(worksheetMessages);
  const points = (side: SideKey) =>
    OUTCOMES.flatMap((key) => {
      const amount = props.worksheet.sides?.[side]?.outcomes?.[key]?.amount;
      return amount === undefined ? [] : [{ key, x: onAxis(side, amount) }];
    });
  const accepts = (side: SideKey) => (side === 'self' ? props.assessment.selfAccepts : props.assessment.otherAccepts);
  const scale = () => {
    const all = [
      ...SIDES.flatMap((s) => points(s).map((p) => p.x)),
      ...SIDES.map(accepts).filter((v): v is number => v !== undefined),
    ];
    const [min, max] = [Math.min(...all, 0), Math.max(...all, 0)];
    const span = max - min || 1;
    const ltr = (v: number) => PAD + ((v - min) / span) * (WIDTH - 2 * PAD);
    // Right to left, more money for "self" lies further left, as the page reads: the whole axis is mirrored.
    return { min, max, x: (v: number) => (rtl() ? WIDTH - ltr(v) : ltr(v)) };
  };
  const rtl = () => textDirection(locale()) === 'rtl';
  /** A bar between two amounts, whichever way the axis runs. */
  const span = (from: number, to: number) => {
    const [a, b] = [scale().x(from), scale().x(to)];
    return { x: Math.min(a, b), width: Math.max(2, Math.abs(b - a)) };
  };
  /** A fixed place on the chart, counted from where the text starts. */
  const edge = (x: number) => (rtl() ? WIDTH - x : x);
  const zone = () => (props.assessment.zone.kind === 'overlap' ? props.assessment.zone : undefined);
  const selfName = () => sideName(props.worksheet, 'self', 'inSentence');

  return (
    <figure class="ws-chart">
      <svg viewBox={`0 0 ${WIDTH} 150`} role="img" aria-labelledby="ws-chart-title ws-chart-desc" class="ws-chart-svg">
        <title id="ws-chart-title">{m().chartTitle}</title>
        <desc id="ws-chart-desc">{m().chartLegend}</desc>
        <Show when={zone()}>
          {(z) => (
            <rect
              class="ws-zone"
              x={span(z().low, z().high).x}
              y={24}
              width={span(z().low, z().high).width}
              height={104}
            />
          )}
        </Show>
        <For each={SIDES}>
          {(side) => (
            <g class={`ws-row ws-row-${side}`}>
              <text x={edge(PAD)} y={ROW_Y[side] - 14} class="ws-chart-label">
                {sideName(props.worksheet, side)}
              </text>
              <line x1={PAD} x2={WIDTH - PAD} y1={ROW_Y[side]} y2={ROW_Y[side]} class="ws-axis" />
              <Show when={accepts(side)}>
                {(a) => {
                  const [from, to] = side === 'self' ? [a(), scale().max] : [scale().min, a()];
                  return (
                    <rect
                      class="ws-range"
                      x={span(from, to).x}
                      y={ROW_Y[side] - 5}
                      width={span(from, to).width}
                      height={10}
                    />
                  );
                }}
              </Show>
              <For each={points(side)}>
                {(p) => <circle class={`ws-dot ws-dot-${p.key}`} cx={scale().x(p.x)} cy={ROW_Y[side]} r={6} />}
              </For>
            </g>
          )}
        </For>
        {/* SVG text takes the page's direction, so "start" and "end" follow the mirrored axis. */}
        <text x={edge(PAD)} y={146} class="ws-chart-tick">
          {props.money(scale().min)}
        </text>
        <text x={edge(WIDTH - PAD)} y={146} text-anchor="end" class="ws-chart-tick">
          {props.money(scale().max)}
        </text>
      </svg>
      <figcaption class="small muted">
        {m().chartAxis(selfName())}. {m().chartLegend}
      </figcaption>
    </figure>
  );
}
