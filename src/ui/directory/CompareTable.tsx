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

type Messages = typeof directoryMessages.en;
const ROWS: { label: keyof Messages; value: (e: RegistryEntry, m: Messages) => string }[] = [
  {
    label: 'certified',
    value: (e, m) =>
      e.status.certified ? e.profile.certifications.map((c) => certificationLabel(c.kind)).join(', ') : m.notCurrently,
  },
  { label: 'languages', value: (e) => e.profile.languages.map(languageName).join(', ') },
  { label: 'worksIn', value: (e) => e.profile.locations.map((l) => countryName(l.country)).join(', ') },
  { label: 'practiceAreas', value: (e) => e.profile.practiceAreas.map((a) => areaLabel(a)).join(', ') },
  { label: 'style', value: (e) => e.profile.styles.map((s) => styleLabel(s)).join(', ') },
  { label: 'viewOnMerits', value: (e) => evaluationLabel(e.profile.givesEvaluations) },
  { label: 'format', value: (e) => e.profile.formats.map((f) => formatLabel(f)).join(', ') },
  {
    label: 'experience',
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
  {
    label: 'feedbackDigest',
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
                <th scope="row">{m()[row.label] as string}</th>
                <For each={props.entries}>{(e) => <td>{row.value(e, m())}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  );
}
