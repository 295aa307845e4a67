import { For } from 'solid-js';
import { formatDay } from '../app/format.ts';
import type { RegistryEntry } from './create-registry-view.ts';
import { CERTIFICATION_LABELS, countryName, EVALUATION_LABELS, FORMAT_LABELS, languageName, PRACTICE_AREA_LABELS, STYLE_LABELS } from './labels.ts';

const ROWS: { label: string; value: (e: RegistryEntry) => string }[] = [
  { label: 'Certified', value: (e) => (e.status.certified ? e.profile.certifications.map((c) => CERTIFICATION_LABELS[c.kind]).join(', ') : 'Not currently') },
  { label: 'Languages', value: (e) => e.profile.languages.map(languageName).join(', ') },
  { label: 'Works in', value: (e) => e.profile.locations.map((l) => countryName(l.country)).join(', ') },
  { label: 'Practice areas', value: (e) => e.profile.practiceAreas.map((a) => PRACTICE_AREA_LABELS[a]).join(', ') },
  { label: 'Style', value: (e) => e.profile.styles.map((s) => STYLE_LABELS[s]).join(', ') },
  { label: 'View on the merits', value: (e) => EVALUATION_LABELS[e.profile.givesEvaluations] },
  { label: 'Format', value: (e) => e.profile.formats.map((f) => FORMAT_LABELS[f]).join(', ') },
  { label: 'Experience', value: (e) => [e.profile.yearsPractising !== undefined ? `${e.profile.yearsPractising} years` : '', e.profile.mediationsCount !== undefined ? `${e.profile.mediationsCount} mediations` : ''].filter(Boolean).join(', ') || 'Not stated' },
  { label: 'Feedback Digest', value: (e) => (e.digest ? `${formatDay(e.digest.date)}, by ${e.digest.reviewer.name}${e.status.digest === 'stale' ? ' (out of date)' : ''}` : 'None yet') },
];

export function CompareTable(props: { entries: readonly RegistryEntry[] }) {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label="Comparison">
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
                <th scope="row">{row.label}</th>
                <For each={props.entries}>{(e) => <td>{row.value(e)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
