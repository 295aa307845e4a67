import { For, Show } from 'solid-js';
import { defaultCosts } from '../../domain/costs/default-costs.ts';
import {
  type CostRange,
  costCase,
  estimateCosts,
  hasAnyFigure,
  type PartEstimate,
} from '../../domain/costs/estimate.ts';
import { settleLeans } from '../../domain/costs/settle-likelihood.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import type { OptionId } from '../../domain/options.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { costsMessages } from './costs.messages.ts';
import type { Claim } from '../worksheet/case-costs.ts';

const PARTS = ['fees', 'partyCosts', 'time', 'settles'] as const;

/** Each option's cost and time for this case, as ranges from published figures, with their sources below. */
export function CostEstimate(props: {
  id: OptionId;
  profile: FactorProfile;
  claim?: Claim | undefined;
  /** Open the sources, as on paper (the report), where a closed summary cannot be opened. */
  sourcesOpen?: boolean;
}) {
  const m = () => t(costsMessages);
  const estimate = () => estimateCosts(defaultCosts, props.id, costCase(props.profile, props.claim));
  // Rounded outward, so a range never claims more precision than its figures have.
  const rangeText = (r: CostRange, part: (typeof PARTS)[number]) => {
    // One exact figure (a fee from a scale) is rounded to the nearest unit, not widened into a range.
    const [low, high] =
      r.low === r.high ? [Math.round(r.low), Math.round(r.high)] : [Math.floor(r.low), Math.ceil(r.high)];
    const one = (n: number) =>
      r.unit === 'months' ? formatNumber(n) : r.unit === 'percent' ? formatPercent(n) : formatMoney(n, r.unit);
    const range = low === high ? one(low) : `${one(low)}–${one(high)}`;
    if (r.unit === 'percent') return part === 'settles' ? m().settleShare(range) : m().shareOfTotal(range);
    const text = r.unit === 'months' ? m().months(range, high) : range;
    // Say what kind of figure it is (a mean, a median), so a statistic is not read as a quote for this case.
    const stats = [...new Set(r.used.map((u) => u.stat))];
    return stats.length === 1 && stats[0] !== 'scale' ? `${text} (${m()[`stat.${stats[0]!}`]})` : text;
  };
  const partText = (p: PartEstimate, part: (typeof PARTS)[number]) =>
    p.known ? p.ranges.map((r) => rangeText(r, part)).join(' + ') : m()[`why.${p.why}`];
  // The share that settles is shown only for processes some source gives it for: a court case does not "settle" here.
  const shown = () => PARTS.filter((part) => part !== 'settles' || hasAnyFigure(defaultCosts, props.id, 'settles'));
  const leans = () =>
    estimate().settles.known && shown().includes('settles')
      ? settleLeans(props.profile).map((lean) => m()[`lean.${lean}`])
      : [];
  const used = () =>
    PARTS.flatMap((part) => {
      const p = estimate()[part];
      return p.known ? p.ranges.flatMap((r) => r.used) : [];
    });
  return (
    <div class="cost-estimate">
      <h3 class="visually-hidden">{m().heading}</h3>
      <dl class="traits">
        <For each={shown()}>
          {(part) => (
            <div data-part={part}>
              <dt>{m()[part]}</dt>
              <dd>{partText(estimate()[part], part)}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={leans().length}>
        <p class="small cost-leans">{m().leansLower(leans().join('; '))}</p>
      </Show>
      <Show when={used().length}>
        <details class="cost-sources" open={props.sourcesOpen}>
          <summary>{m().sources}</summary>
          <ul>
            <For each={used()}>
              {(u) => (
                <li>
                  {m().figure(m()[`stat.${u.stat}`], u.population, u.year)} <cite>{u.source.citation}</cite>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
    </div>
  );
}
