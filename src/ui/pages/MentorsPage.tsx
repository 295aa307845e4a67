import { createMemo, createResource, For, Show } from 'solid-js';
import { rankMentors, type Mentee } from '../../domain/matching/mentors.ts';
import { PRACTICE_AREAS, YMI_ROLES, type PracticeArea, type YmiRole } from '../../domain/registry/types.ts';
import { getSetting } from '../../storage/settings-store.ts';
import { putSettingDurably } from '../../storage/settings-journal.ts';
import { useDb } from '../app/db.ts';
import { CodePicker } from '../directory/CodePicker.tsx';
import { createRegistryView } from '../directory/create-registry-view.ts';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { countryName, languageName, areaLabel, ymiRoleLabel } from '../directory/labels.ts';
import { FitList } from '../directory/FitList.tsx';
import { t } from '../app/i18n.ts';
import { directoryMessages } from '../directory/directory.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

const KEY = 'mentee';
const EMPTY: Mentee = { countries: [], languages: [], interests: [], wants: ['observe'], online: true };
const SHOWN = 12;

/** Young Mediators' Initiative: the mentee describes themselves (kept on this device) and gets explained matches. */
export default function MentorsPage() {
  const registry = createRegistryView();
  const m = () => t(directoryMessages);
  createPageTitle(() => m().findMentor);
  const [mentee, { mutate }] = createResource(async () => (await getSetting(await useDb(), KEY)) ?? EMPTY, {
    initialValue: EMPTY,
  });
  const update = async (change: Partial<Mentee>) => {
    const next = { ...mentee(), ...change };
    mutate(next);
    await putSettingDurably(useDb(), KEY, next).catch(() => undefined); // losing the saved form is harmless; the ranking still shows
  };
  const entries = createMemo(() => [...(registry()?.values() ?? [])]);
  const codes = (all: string[], name: (c: string) => string) =>
    [...new Set(all)].map((code) => ({ code, label: name(code) })).sort((a, b) => a.label.localeCompare(b.label));
  const countries = createMemo(() =>
    codes(
      entries().flatMap((e) => e.profile.locations.map((l) => l.country)),
      countryName,
    ),
  );
  const languages = createMemo(() =>
    codes(
      entries().flatMap((e) => e.profile.languages),
      languageName,
    ),
  );
  const areas = () =>
    PRACTICE_AREAS.map((code) => ({ code, label: areaLabel(code) })).sort((a, b) => a.label.localeCompare(b.label));
  const ranked = createMemo(() => rankMentors(entries(), mentee()).slice(0, SHOWN));
  const toggleWant = (role: YmiRole, on: boolean) =>
    update({ wants: on ? [...mentee().wants, role] : mentee().wants.filter((r) => r !== role) });

  return (
    <section class="page mentors">
      <h1>{m().findMentor}</h1>
      <p class="lead">{m().mentorsLead}</p>
      <FeedStatus />
      <CodePicker
        label={m().yourRegion}
        options={countries()}
        chosen={mentee().countries}
        onChange={(c) => void update({ countries: c })}
      />
      <CodePicker
        label={m().yourLanguages}
        options={languages()}
        chosen={mentee().languages}
        onChange={(l) => void update({ languages: l })}
      />
      <CodePicker
        label={m().areasOfInterest}
        options={areas()}
        chosen={mentee().interests}
        onChange={(i) => void update({ interests: i as PracticeArea[] })}
      />
      <fieldset class="code-picker">
        <legend>{m().whatToDo}</legend>
        <For each={YMI_ROLES}>
          {(role) => (
            <label class="check">
              <input
                type="checkbox"
                checked={mentee().wants.includes(role)}
                onChange={(e) => void toggleWant(role, e.currentTarget.checked)}
              />
              {ymiRoleLabel(role)}
            </label>
          )}
        </For>
        <label class="check">
          <input
            type="checkbox"
            checked={mentee().online}
            onChange={(e) => void update({ online: e.currentTarget.checked })}
          />
          {m().onlineFine}
        </label>
      </fieldset>
      <h2>{m().mentorsWhoFit}</h2>
      <Show when={ranked().length} fallback={<p>{m().noMentors}</p>}>
        <FitList matches={ranked()} totalLabel={m().match} />
      </Show>
    </section>
  );
}
