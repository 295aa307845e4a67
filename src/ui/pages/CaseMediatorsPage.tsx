import { A, useParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { defaultQuestionnaire } from '../../domain/default-questionnaire.ts';
import { defaultRules } from '../../domain/default-rules.ts';
import { analyse } from '../../domain/engine.ts';
import { caseNeedsFromAnalysis, rankMediatorsForCase } from '../../domain/matching/fit.ts';
import { answersToProfile } from '../../domain/questions.ts';
import { PRACTICE_AREAS, type PracticeArea } from '../../domain/registry/types.ts';
import type { CaseRecord, MatchingPreferences } from '../../storage/db.ts';
import { createCaseStore, type CaseStore } from '../cases/create-case-store.ts';
import { resultsPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { CodePicker } from '../directory/CodePicker.tsx';
import { createRegistryView } from '../directory/create-registry-view.ts';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { countryName, languageName } from '../directory/labels.ts';
import { FitList } from '../directory/FitList.tsx';

const SHOWN = 15;
const NO_PREFERENCES: MatchingPreferences = { languages: [], countries: [], online: true, lookingFor: 'mediator', partyNationalities: [] };

export default function CaseMediatorsPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  return <CaseGate store={store}>{(record) => <Matches record={record} store={store} />}</CaseGate>;
}

function Matches(props: { record: () => CaseRecord; store: CaseStore }) {
  const registry = createRegistryView();
  const prefs = () => props.record().matching ?? NO_PREFERENCES;
  const update = (change: Partial<MatchingPreferences>) => void props.store.setMatching({ ...prefs(), ...change });
  const entries = createMemo(() => [...(registry()?.values() ?? [])]);
  const codes = (pick: (e: ReturnType<typeof entries>[number]) => readonly string[], name: (code: string) => string) =>
    [...new Set(entries().flatMap(pick))].map((code) => ({ code, label: name(code) })).sort((a, b) => a.label.localeCompare(b.label));
  const languageOptions = createMemo(() => codes((e) => e.profile.languages, languageName));
  const countryOptions = createMemo(() => codes((e) => e.profile.locations.map((l) => l.country), countryName));

  const ranked = createMemo(() => {
    const profile = answersToProfile(defaultQuestionnaire, props.record().answers);
    const area = props.record().answers['q.area'];
    const needs = caseNeedsFromAnalysis(profile, analyse(profile, defaultRules, { sensitivity: false }), {
      ...prefs(),
      area: PRACTICE_AREAS.includes(area as PracticeArea) ? (area as PracticeArea) : undefined,
    });
    return rankMediatorsForCase(entries(), needs).slice(0, SHOWN);
  });

  return (
    <section class="page case-mediators">
      <h1>Mediators for this case</h1>
      <p class="lead">
        Ranked by how well each certified mediator fits your answers and what you set below. Each part of the fit is shown.{' '}
        <A href={resultsPath(props.record().id)}>Back to the ranking of processes</A>
      </p>
      <FeedStatus />
      <div class="match-form">
        <CodePicker label="Languages the parties need" options={languageOptions()} chosen={prefs().languages} onChange={(languages) => update({ languages })} />
        <CodePicker label="Where the parties are" options={countryOptions()} chosen={prefs().countries} onChange={(countries) => update({ countries })} />
        <label class="check">
          <input type="checkbox" checked={prefs().online} onChange={(e) => update({ online: e.currentTarget.checked })} />
          Online mediation is fine
        </label>
        <label class="check">
          <input type="checkbox" checked={prefs().lookingFor === 'advocate'} onChange={(e) => update({ lookingFor: e.currentTarget.checked ? 'advocate' : 'mediator' })} />
          I am looking for a mediation advocate (counsel), not a mediator
        </label>
        <CodePicker
          label="Parties' nationalities (to prefer a mediator of neither)"
          options={countryOptions()}
          chosen={prefs().partyNationalities}
          onChange={(partyNationalities) => update({ partyNationalities })}
        />
      </div>
      <h2>Best fits</h2>
      <Show when={ranked().length} fallback={<p>No certified mediators in the directory held here yet.</p>}>
        <FitList matches={ranked()} totalLabel="Fit" />
      </Show>
    </section>
  );
}
