import { For } from 'solid-js';
import { formatDay, formatNumber } from '../app/format.ts';
import type { RegistryEntry } from './create-registry-view.ts';
import {
  certificationLabel,
  countryName,
  evaluationLabel,
  formatLabel,
  languageName,
  areaLabel,
  styleLabel,
} from './labels.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from './directory.messages.ts';
import { facetTitle } from './facet-labels.ts';
import { profileMessages } from './profile.messages.ts';
import { availabilityText, backgroundsText, feesText, safeguardingText } from './weighed-text.ts';

type Messages = typeof directoryMessages.en;
type Row = { label: (m: Messages) => string; value: (e: RegistryEntry, m: Messages) => string };
const labelled = (key: keyof Messages) => (m: Messages) => m[key] as string;
/** What users weigh first (CEDR's audits: availability, then experience, sector, fees, style, background). */
const notSaid = () => t(profileMessages).notSaid;
const WEIGHED: Row[] = [
  {
    label: () => facetTitle('availability'),
    value: (e) => availabilityText(e.profile, new Date().toISOString()) ?? notSaid(),
  },
  { label: () => facetTitle('fees'), value: (e) => feesText(e.profile) ?? notSaid() },
  { label: () => facetTitle('background'), value: (e) => backgroundsText(e.profile) ?? notSaid() },
  { label: () => facetTitle('safeguarding'), value: (e) => safeguardingText(e.profile) ?? notSaid() },
];
const ROWS: Row[] = [
  {
    label: labelled('certified'),
    value: (e, m) =>
      e.status.certified ? e.profile.certifications.map((c) => certificationLabel(c.kind)).join(', ') : m.notCurrently,
  },
  { label: labelled('languages'), value: (e) => e.profile.languages.map(languageName).join(', ') },
  { label: labelled('worksIn'), value: (e) => e.profile.locations.map((l) => countryName(l.country)).join(', ') },
  { label: labelled('practiceAreas'), value: (e) => e.profile.practiceAreas.map((a) => areaLabel(a)).join(', ') },
  { label: labelled('style'), value: (e) => e.profile.styles.map((s) => styleLabel(s)).join(', ') },
  { label: labelled('viewOnMerits'), value: (e) => evaluationLabel(e.profile.givesEvaluations) },
  { label: labelled('format'), value: (e) => e.profile.formats.map((f) => formatLabel(f)).join(', ') },
  {
    label: labelled('experience'),
    value: (e, m) =>
      [
        e.profile.yearsPractising !== undefined ? m.years(e.profile.yearsPractising) : '',
        e.profile.mediationsCount !== undefined
          ? m.mediations(e.profile.mediationsCount, formatNumber(e.profile.mediationsCount))
          : '',
      ]
        .filter(Boolean)
        .join(', ') || m.notStated,
  },
  ...WEIGHED,
  {
    label: labelled('feedbackDigest'),
    value: (e, m) =>
      e.digest
        ? `${m.digestBy(formatDay(e.digest.date), e.digest.reviewer.name)}${e.status.digest === 'stale' ? m.outOfDate : ''}`
        : m.noneYet,
  },
];

export function CompareTable(props: { entries: readonly RegistryEntry[] }) {
  const m = () => t(directoryMessages);
  return (
    <section class="table-scroll" tabindex="0" aria-label={m().comparison}>
      <table class="compare">
        <thead>
          <tr>
            <td />
            <For each={props.entries}>{(e) => <th scope="col">{e.profile.name}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={ROWS}>
            {(row) => (
              <tr>
                <th scope="row">{row.label(m())}</th>
                <For each={props.entries}>{(e) => <td>{row.value(e, m())}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
