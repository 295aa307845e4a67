import { createResource, For, Show } from 'solid-js';
import type {
  CompetenciesStandard,
  ConductStandard,
  LevelsStandard,
  QapsStandard,
} from '../../domain/registry/standards.ts';
import { STANDARDS_FILES } from '../../domain/registry/standards.ts';
import { loadStandard } from '../../storage/registry-store.ts';
import { useDb } from '../app/db.ts';
import { FeedStatus } from '../directory/FeedStatus.tsx';
import { QapTable } from '../directory/QapTable.tsx';
import { useFeedSync } from '../directory/create-feed-sync.ts';
import { locale, t } from '../app/i18n.ts';
import { standardsMessages } from './standards.messages.ts';
import { createPageTitle } from '../app/page-title.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';

async function loadStandards() {
  const db = await useDb();
  const [levels, competencies, conduct, qaps] = await Promise.all([
    loadStandard<LevelsStandard>(db, STANDARDS_FILES.levels),
    loadStandard<CompetenciesStandard>(db, STANDARDS_FILES.competencies),
    loadStandard<ConductStandard>(db, STANDARDS_FILES.conduct),
    loadStandard<QapsStandard>(db, STANDARDS_FILES.qaps),
  ]);
  return { levels, competencies, conduct, qaps };
}

/** IMI's standards from the feed, readable offline: levels, specialisations, competencies, conduct, QAPs. */
export default function StandardsPage() {
  const sync = useFeedSync();
  const m = () => t(standardsMessages);
  createPageTitle(() => m().title);
  const [standards] = createResource(() => sync.dataVersion() + 1, loadStandards);

  return (
    <section class="page standards">
      <h1>{m().title}</h1>
      <Show when={locale() !== 'en'}>
        <p class="muted" lang={locale()}>
          {m().feedNote}
        </p>
      </Show>
      <FeedStatus />
      <Show when={standards()?.levels}>
        {(levels) => (
          <>
            <h2>{m().levels}</h2>
            <For each={levels().levels}>
              {(level) => (
                <article class="standard-card">
                  <h3>{level.name}</h3>
                  <p>{level.summary}</p>
                  <ul>
                    <For each={level.requirements}>{(r) => <li>{r}</li>}</For>
                  </ul>
                </article>
              )}
            </For>
            <h2>{m().specialisations}</h2>
            <For each={levels().specialisations}>
              {(spec) => (
                <article class="standard-card">
                  <h3>{spec.name}</h3>
                  <p>{spec.summary}</p>
                  <ul>
                    <For each={spec.requirements}>{(r) => <li>{r}</li>}</For>
                  </ul>
                </article>
              )}
            </For>
            <h2>{m().feedbackDigests}</h2>
            <p>{levels().digestRules.text}</p>
          </>
        )}
      </Show>
      <Show when={standards()?.competencies}>
        {(competencies) => (
          <>
            <h2>{m().competencies}</h2>
            <dl class="criteria">
              <For each={competencies().criteria}>
                {(criterion) => (
                  <div>
                    <dt>{criterion.title}</dt>
                    <dd>{criterion.text}</dd>
                  </div>
                )}
              </For>
            </dl>
          </>
        )}
      </Show>
      <Show when={standards()?.conduct}>
        {(conduct) => (
          <>
            <h2>{conduct().codeOfConduct.name}</h2>
            <p>{conduct().codeOfConduct.summary}</p>
            <ul>
              <For each={conduct().codeOfConduct.points}>{(point) => <li>{point}</li>}</For>
            </ul>
            <h2>{m().complaintsRoute}</h2>
            <ol class="steps">
              <For each={conduct().complaintsRoute}>
                {(step) => (
                  <li>
                    <strong>{step.title}</strong>
                    {t(punctuationMessages).colon}
                    {step.text}
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Show>
      <Show when={standards()?.qaps}>
        {(qaps) => (
          <>
            <h2>{m().qaps}</h2>
            <QapTable qaps={qaps()} />
          </>
        )}
      </Show>
    </section>
  );
}
