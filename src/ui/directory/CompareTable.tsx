import { For } from 'solid-js';
import { formatDay, formatNumber, formatShortList } from '../app/format.ts';
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
      e.status.certified
        ? formatShortList(e.profile.certifications.map((c) => certificationLabel(c.kind)))
        : m.notCurrently,
  },
  { label: labelled('languages'), value: (e) => formatShortList(e.profile.languages.map(languageName)) },
  { label: labelled('worksIn'), value: (e) => formatShortList(e.profile.locations.map((l) => countryName(l.country))) },
  { label: labelled('practiceAreas'), value: (e) => formatShortList(e.profile.practiceAreas.map((a) => areaLabel(a))) },
  { label: labelled('style'), value: (e) => formatShortList(e.profile.styles.map((s) => styleLabel(s))) },
  { label: labelled('viewOnMerits'), value: (e) => evaluationLabel(e.profile.givesEvaluations) },
  { label: labelled('format'), value: (e) => formatShortList(e.profile.formats.map((f) => formatLabel(f))) },
  {
    label: labelled('experience'),
    value: (e, m) =>
      formatShortList(
        [
          e.profile.yearsPractising !== undefined ? m.years(e.profile.yearsPractising) : '',
          e.profile.mediationsCount !== undefined
            ? m.mediations(e.profile.mediationsCount, formatNumber(e.profile.mediationsCount))
            : '',
        ].filter(Boolean),
      ) || m.notStated,
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
