import { For } from 'solid-js';
import { FACETS, type Facet, type Filters } from '../../domain/matching/filters.ts';
import { facetTitle, facetValueLabel } from './facet-labels.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from './directory.messages.ts';

type Props = {
  filters: Filters;
  counts: Record<Facet, Map<string, number>>;
  onChange: (facet: Facet, value: string | undefined) => void;
};

/** One select per facet, each value with the number of mediators it would give. */
export function FilterPanel(props: Props) {
  const options = (facet: Facet) =>
    [...props.counts[facet].entries()]
      .map(([value, count]) => ({ value, count, label: facetValueLabel(facet, value) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <div class="filters">
      <For each={FACETS}>
        {(facet) => (
          <label class="filter">
            <span>{facetTitle(facet)}</span>
            <select data-facet={facet} onChange={(e) => props.onChange(facet, e.currentTarget.value || undefined)}>
              <option value="" selected={!props.filters[facet]}>
                {t(directoryMessages).any}
              </option>
              <For each={options(facet)}>
                {(o) => (
                  <option value={o.value} selected={props.filters[facet] === o.value}>
                    {o.label} ({o.count})
                  </option>
                )}
              </For>
            </select>
          </label>
        )}
      </For>
    </div>
  );
}
