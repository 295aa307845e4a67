import { createMemo, createResource, For, Show } from 'solid-js';
import { rankMentors, type Mentee } from '../../domain/matching/mentors.ts';
import { PRACTICE_AREAS, YMI_ROLES, type PracticeArea, type YmiRole } from '../../domain/registry/types.ts';
import { getSetting, putSetting } from '../../storage/settings-store.ts';
import { useDb } from '../app/db.ts';
import { CodePicker } from '../directory/CodePicker.tsx';
import { createRegistryView } from '../directory/create-registry-view.ts';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { countryName, languageName, PRACTICE_AREA_LABELS, YMI_ROLE_LABELS } from '../directory/labels.ts';
import { FitList } from '../directory/FitList.tsx';

const KEY = 'mentee';
const EMPTY: Mentee = { countries: [], languages: [], interests: [], wants: ['observe'], online: true };
const SHOWN = 12;

/** Young Mediators' Initiative: the mentee describes themselves (kept on this device) and gets explained matches. */
export default function MentorsPage() {
  const registry = createRegistryView();
  const [mentee, { mutate }] = createResource(async () => (await getSetting<Mentee>(await useDb(), KEY)) ?? EMPTY, { initialValue: EMPTY });
  const update = async (change: Partial<Mentee>) => {
    const next = { ...mentee(), ...change };
    mutate(next);
    await putSetting(await useDb(), KEY, next).catch(() => undefined); // losing the saved form is harmless; the ranking still shows
  };
  const entries = createMemo(() => [...(registry()?.values() ?? [])]);
  const codes = (all: string[], name: (c: string) => string) => [...new Set(all)].map((code) => ({ code, label: name(code) })).sort((a, b) => a.label.localeCompare(b.label));
  const countries = createMemo(() => codes(entries().flatMap((e) => e.profile.locations.map((l) => l.country)), countryName));
  const languages = createMemo(() => codes(entries().flatMap((e) => e.profile.languages), languageName));
  const areas = PRACTICE_AREAS.map((code) => ({ code, label: PRACTICE_AREA_LABELS[code] })).sort((a, b) => a.label.localeCompare(b.label));
  const ranked = createMemo(() => rankMentors(entries(), mentee()).slice(0, SHOWN));
  const toggleWant = (role: YmiRole, on: boolean) => update({ wants: on ? [...mentee().wants, role] : mentee().wants.filter((r) => r !== role) });

  return (
    <section class="page mentors">
      <h1>Find a mentor</h1>
      <p class="lead">
        For young mediators (IMI's Young Mediators' Initiative): gain experience in real mediations, with the parties' consent, beside
        a certified mediator who accepts mentees. What you enter here stays on this device.
      </p>
      <FeedStatus />
      <CodePicker label="Your region (countries)" options={countries()} chosen={mentee().countries} onChange={(c) => void update({ countries: c })} />
      <CodePicker label="Your languages" options={languages()} chosen={mentee().languages} onChange={(l) => void update({ languages: l })} />
      <CodePicker label="Areas that interest you" options={areas} chosen={mentee().interests} onChange={(i) => void update({ interests: i as PracticeArea[] })} />
      <fieldset class="code-picker">
        <legend>What you would like to do</legend>
        <For each={YMI_ROLES}>
          {(role) => (
            <label class="check">
              <input type="checkbox" checked={mentee().wants.includes(role)} onChange={(e) => void toggleWant(role, e.currentTarget.checked)} />
              {YMI_ROLE_LABELS[role]}
            </label>
          )}
        </For>
        <label class="check">
          <input type="checkbox" checked={mentee().online} onChange={(e) => void update({ online: e.currentTarget.checked })} />
          Online is fine
        </label>
      </fieldset>
      <h2>Mentors who fit</h2>
      <Show when={ranked().length} fallback={<p>No mentor in the directory held here accepts mentees yet.</p>}>
        <FitList matches={ranked()} totalLabel="Match" />
      </Show>
    </section>
  );
}
