import { For, Show } from 'solid-js';
import type { RankedOption } from '../../domain/analysis.ts';
import { becauseText, signedPoints } from '../../domain/explain.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from '../results/results.messages.ts';
import { reportMessages } from './report.messages.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import { ReportCostLine, ReportCostSources } from './ReportCosts.tsx';
import type { Claim } from '../worksheet/case-costs.ts';

/** Reasons shown per option, largest first; the rest are counted with what they add up to, so the sum still shows. */
const REASONS = 2;
/** Options printed with their reasons; the rest are named in one line with rank and score. */
const DETAILED = 8;

/** Each option as a few printed lines: rank, score, its largest reasons with their points, and its cautions. */
export function ReportOptions(props: {
  options: readonly RankedOption[];
  rules: RulesPack;
  profile: FactorProfile;
  claim: Claim;
}) {
  const m = () => t(reportMessages);
  const r = () => t(resultsMessages);
  const reasonText = (option: RankedOption, c: RankedOption['reasons'][number]) =>
    `${r().because(becauseText(props.rules, option.id, c) ?? r().baseDefault)} (${signedPoints(c.points)})`;
  const sorted = (option: RankedOption) => [...option.reasons].sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  const rest = (option: RankedOption) => {
    const hidden = sorted(option).slice(REASONS);
    return { count: hidden.length, points: hidden.reduce((sum, c) => sum + c.points, 0) };
  };
  const others = () => props.options.slice(DETAILED);
  return (
    <>
      <ol class="report-options-list">
        <For each={props.options.slice(0, DETAILED)}>
          {(option) => (
            <li data-option={option.id}>
              <p class="report-option-head">
                <strong>
                  {option.sharedRank}. {props.rules.options[option.id].name}
                </strong>{' '}
                ({m().scoreOf(formatNumber(option.score))})
              </p>
              <Show when={option.reasons.length}>
                <p class="report-option-reasons">
                  {sorted(option)
                    .slice(0, REASONS)
                    .map((c) => reasonText(option, c))
                    .join(t(punctuationMessages).clauses)}
                  {rest(option).count
                    ? `${t(punctuationMessages).clauses}${m().moreReasons(rest(option).count, signedPoints(rest(option).points))}.`
                    : '.'}
                </p>
              </Show>
              <ReportCostLine id={option.id} profile={props.profile} claim={props.claim} />
              <For each={option.cautions}>
                {(caution) => (
                  <p class="report-option-caution">
                    {r().caution} {caution.text}
                  </p>
                )}
              </For>
            </li>
          )}
        </For>
      </ol>
      <Show when={others().length}>
        <p class="report-other-options">
          {m().alsoAvailable(
            others()
              .map((o) => `${o.sharedRank}. ${props.rules.options[o.id].name} (${formatNumber(o.score)})`)
              .join(t(punctuationMessages).clauses),
          )}
        </p>
      </Show>
      <ReportCostSources
        ids={props.options.slice(0, DETAILED).map((o) => o.id)}
        profile={props.profile}
        claim={props.claim}
      />
    </>
  );
}
