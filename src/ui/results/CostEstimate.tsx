import { For, Show } from 'solid-js';
import { costCase, estimateCosts } from '../../domain/costs/estimate.ts';
import { settleLeans } from '../../domain/costs/settle-likelihood.ts';
import type { FactorProfile } from '../../domain/factors.ts';
import type { OptionId } from '../../domain/options.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import type { Claim } from '../worksheet/case-costs.ts';
import { partText, shownParts, usedFigures } from './cost-text.ts';
import { CostSourceList } from './CostSourceList.tsx';
import { costsMessages } from './costs.messages.ts';

/** Each option's cost and time for this case, as ranges from published figures, with their sources below. */
export function CostEstimate(props: { id: OptionId; profile: FactorProfile; claim?: Claim | undefined }) {
  const m = () => t(costsMessages);
  // The tables in the interface's language: the same figures, with populations and citations translated.
  const tables = () => localizedData().costs;
  const estimate = () => estimateCosts(tables(), props.id, costCase(props.profile, props.claim));
  const shown = () => shownParts(tables(), props.id);
  const leans = () =>
    estimate().settles.known && shown().includes('settles')
      ? settleLeans(props.profile).map((lean) => m()[`lean.${lean}`])
      : [];
  const used = () => usedFigures(estimate());
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
        <details class="cost-sources">
          <summary>{m().sources}</summary>
          <CostSourceList used={used()} />
        </details>
      </Show>
    </div>
  );
}
