import { A, useParams } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import { defaultQuestionnaire } from '../../domain/default-questionnaire.ts';
import { defaultRules } from '../../domain/default-rules.ts';
import { analyse } from '../../domain/engine.ts';
import { caseNeedsFromAnalysis } from '../../domain/matching/case-needs.ts';
import { answersToProfile } from '../../domain/questions.ts';
import { PRACTICE_AREAS, type PracticeArea } from '../../domain/registry/types.ts';
import type { CaseRecord, MatchingPreferences } from '../../storage/db.ts';
import { createCaseStore, type CaseStore } from '../cases/create-case-store.ts';
import { resultsPath } from '../cases/paths.ts';
import { CaseGate } from '../components/CaseGate.tsx';
import { CodePicker } from '../directory/CodePicker.tsx';
import { createCaseMatches } from '../directory/create-case-matches.ts';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { countryName, languageName } from '../directory/labels.ts';
import { FitList } from '../directory/FitList.tsx';
import { t } from '../app/i18n.ts';
import { directoryMessages } from '../directory/directory.messages.ts';
import { fitMessages } from '../directory/fit.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

const SHOWN = 15;
/** Who misses a need is still shown, after everyone who meets them all, so the person sees why. */
const PARTLY_SHOWN = 5;
const NO_PREFERENCES: MatchingPreferences = {
  languages: [],
  countries: [],
  online: true,
  lookingFor: 'mediator',
  partyNationalities: [],
};

export default function CaseMediatorsPage() {
  const params = useParams<{ caseId: string }>();
  const store = createCaseStore(() => params.caseId);
  return <CaseGate store={store}>{(record) => <Matches record={record} store={store} />}</CaseGate>;
}

function Matches(props: { record: () => CaseRecord; store: CaseStore }) {
  const m = () => t(directoryMessages);
  createPageTitle(() => m().forThisCase);
  const prefs = () => props.record().matching ?? NO_PREFERENCES;
  const update = (change: Partial<MatchingPreferences>) => void props.store.setMatching({ ...prefs(), ...change });
  const needs = createMemo(() => {
    const profile = answersToProfile(defaultQuestionnaire, props.record().answers);
    const area = props.record().answers['q.area'];
    return caseNeedsFromAnalysis(profile, analyse(profile, defaultRules, { sensitivity: false }), {
      ...prefs(),
      area: PRACTICE_AREAS.includes(area as PracticeArea) ? (area as PracticeArea) : undefined,
      today: new Date().toISOString(),
    });
  });
  const matches = createCaseMatches(needs, { fits: SHOWN, partly: PARTLY_SHOWN });
  const { ranked, ready } = matches;
  const options = (codes: readonly string[], name: (code: string) => string) =>
    codes.map((code) => ({ code, label: name(code) })).sort((a, b) => a.label.localeCompare(b.label));
  const languageOptions = createMemo(() => options(matches.languages(), languageName));
  const countryOptions = createMemo(() => options(matches.countries(), countryName));

  const f = () => t(fitMessages);

  return (
    <section class="page case-mediators">
      <h1>{m().forThisCase}</h1>
      <p class="lead">
        {m().caseLead} <A href={resultsPath(props.record().id)}>{m().backToRanking}</A>
      </p>
      <FeedStatus />
      <div class="match-form">
        <CodePicker
          label={m().languagesNeeded}
          options={languageOptions()}
          chosen={prefs().languages}
          onChange={(languages) => update({ languages })}
        />
        <CodePicker
          label={m().whereParties}
          options={countryOptions()}
          chosen={prefs().countries}
          onChange={(countries) => update({ countries })}
        />
        <label class="check">
          <input
            type="checkbox"
            checked={prefs().online}
            onChange={(e) => update({ online: e.currentTarget.checked })}
          />
          {m().onlineMediationFine}
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={prefs().lookingFor === 'advocate'}
            onChange={(e) => update({ lookingFor: e.currentTarget.checked ? 'advocate' : 'mediator' })}
          />
          {m().lookingForAdvocate}
        </label>
        <CodePicker
          label={m().nationalities}
          options={countryOptions()}
          chosen={prefs().partyNationalities}
          onChange={(partyNationalities) => update({ partyNationalities })}
        />
      </div>
      <Show
        when={ranked().fits.length || ranked().partly.length}
        fallback={<p role="status">{ready() ? m().noCertified : m().loading}</p>}
      >
        <section class="fits" aria-labelledby="fits-heading">
          <h2 id="fits-heading">{f().fitsAll}</h2>
          <Show when={ranked().fits.length} fallback={<p>{f().noneFitsAll}</p>}>
            <FitList matches={ranked().fits} totalLabel={m().fit} />
          </Show>
        </section>
        <Show when={ranked().partly.length}>
          <section class="partly-fits" aria-labelledby="partly-heading">
            <h2 id="partly-heading">{f().partlyFits}</h2>
            <p class="muted small">{f().partlyLead}</p>
            <FitList matches={ranked().partly} totalLabel={m().fit} start={ranked().fitsTotal + 1} />
          </section>
        </Show>
      </Show>
    </section>
  );
}
