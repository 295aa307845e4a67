import { For, Show } from 'solid-js';
import { defaultCosts } from '../../domain/costs/default-costs.ts';
import { type CostRange, costCase, estimateCosts, type PartEstimate } from '../../domain/costs/estimate.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import type { OptionId } from '../../domain/options.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { costsMessages } from './costs.messages.ts';

const PARTS = ['fees', 'partyCosts', 'time'] as const;

/** Each option's cost and time for this case, as ranges from published figures, with their sources below. */
export function CostEstimate(props: {
  id: OptionId;
  profile: FactorProfile;
  claim?: { readonly value: number | undefined; readonly currency: string | undefined } | undefined;
}) {
  const m = () => t(costsMessages);
  const estimate = () => estimateCosts(defaultCosts, props.id, costCase(props.profile, props.claim));
  // Rounded outward, so a range never claims more precision than its figures have.
  const rangeText = (r: CostRange) => {
    // One exact figure (a fee from a scale) is rounded to the nearest unit, not widened into a range.
    const [low, high] =
      r.low === r.high ? [Math.round(r.low), Math.round(r.high)] : [Math.floor(r.low), Math.ceil(r.high)];
    const one = (n: number) =>
      r.unit === 'months' ? formatNumber(n) : r.unit === 'percent' ? formatPercent(n) : formatMoney(n, r.unit);
    const range = low === high ? one(low) : `${one(low)}–${one(high)}`;
    if (r.unit === 'percent') return m().shareOfTotal(range);
    const text = r.unit === 'months' ? m().months(range, high) : range;
    // Say what kind of figure it is (a mean, a median), so a statistic is not read as a quote for this case.
    const stats = [...new Set(r.used.map((u) => u.stat))];
    return stats.length === 1 && stats[0] !== 'scale' ? `${text} (${m()[`stat.${stats[0]!}`]})` : text;
  };
  const partText = (p: PartEstimate) => (p.known ? p.ranges.map(rangeText).join(' + ') : m()[`why.${p.why}`]);
  const used = () =>
    PARTS.flatMap((part) => {
      const p = estimate()[part];
      return p.known ? p.ranges.flatMap((r) => r.used) : [];
    });
  return (
    <div class="cost-estimate">
      <h3 class="visually-hidden">{m().heading}</h3>
      <dl class="traits">
        <For each={PARTS}>
          {(part) => (
            <div data-part={part}>
              <dt>{m()[part]}</dt>
              <dd>{partText(estimate()[part])}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={used().length}>
        <details class="cost-sources">
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
