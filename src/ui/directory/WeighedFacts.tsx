import { For, Show } from 'solid-js';
import type { MediatorProfile } from '../../domain/registry/types.ts';
import { t } from '../app/i18n.ts';
import { facetTitle } from './facet-labels.ts';
import { profileMessages } from './profile.messages.ts';
import { availabilityText, backgroundsText, feesText, safeguardingText } from './weighed-text.ts';

/** A profile's availability, fees, background and safeguarding, as rows of its facts; a fact not stated is left out. */
export function WeighedFacts(props: { profile: MediatorProfile }) {
  const today = new Date().toISOString();
  const rows = () =>
    [
      { title: facetTitle('availability'), text: availabilityText(props.profile, today) },
      { title: facetTitle('fees'), text: feesText(props.profile), note: t(profileMessages).feesNote },
      { title: facetTitle('background'), text: backgroundsText(props.profile) },
      { title: facetTitle('safeguarding'), text: safeguardingText(props.profile) },
    ].filter((row) => row.text);
  return (
    <For each={rows()}>
      {(row) => (
        <div>
          <dt>{row.title}</dt>
          <dd>
            {row.text}
            <Show when={row.note}>
              <span class="muted small fact-note">{row.note}</span>
            </Show>
          </dd>
        </div>
      )}
    </For>
  );
}
