// The report's cost estimates, short enough for paper: one line an option of what is known, one list of sources.
import { Show } from 'solid-js';
import { costCase, estimateCosts, type UsedFigure } from '../../domain/costs/estimate.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import type { OptionId } from '../../domain/options.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';
import { partText, shownParts, usedFigures } from '../results/cost-text.ts';
import { CostSourceList } from '../results/CostSourceList.tsx';
import { costsMessages } from '../results/costs.messages.ts';
import type { Claim } from '../worksheet/case-costs.ts';
import { reportMessages } from './report.messages.ts';

type CaseProps = { profile: FactorProfile; claim: Claim };

const estimateFor = (id: OptionId, props: CaseProps) =>
  estimateCosts(localizedData().costs, id, costCase(props.profile, props.claim));

/** What is known of an option's cost and time for this case, in one line; nothing where nothing is known. */
export function ReportCostLine(props: CaseProps & { id: OptionId }) {
  const m = () => t(costsMessages);
  const known = () => {
    const e = estimateFor(props.id, props);
    return shownParts(localizedData().costs, props.id).flatMap((part) =>
      e[part].known ? [`${m()[part]}${t(punctuationMessages).colon}${partText(e[part], part)}`] : [],
    );
  };
  return (
    <Show when={known().length}>
      <p class="report-option-costs" data-option={props.id}>
        {known().join(' · ')}
      </p>
    </Show>
  );
}

/** Every published figure the report's cost lines used, once each, with its population and source. */
export function ReportCostSources(props: CaseProps & { ids: readonly OptionId[] }) {
  const used = () => {
    const seen = new Map<string, UsedFigure>();
    for (const id of props.ids)
      for (const u of usedFigures(estimateFor(id, props))) seen.set(`${u.id}|${u.source.citation}`, u);
    return [...seen.values()];
  };
  return (
    <Show when={used().length}>
      <section class="report-cost-sources" aria-labelledby="report-cost-sources-title">
        <h3 id="report-cost-sources-title">{t(reportMessages).costSources}</h3>
        <CostSourceList used={used()} class="small" />
      </section>
    </Show>
  );
}
