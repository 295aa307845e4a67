import { useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { createCaseList } from '../cases/create-case-list.ts';
import { CaseCard } from '../components/CaseCard.tsx';
import { defaultCaseTitle } from '../app/format.ts';
import { firstQuestionPath } from '../cases/paths.ts';

export function HomePage() {
  const list = createCaseList();
  const navigate = useNavigate();

  const startCase = async () => {
    const record = await list.create(defaultCaseTitle());
    if (record) navigate(firstQuestionPath(record.id));
  };

  return (
    <section class="page">
      <div class="hero">
        <h1>Choose how to resolve your dispute</h1>
        <p class="lead">
          Answer plain questions about your dispute. Olé ranks the ways to resolve it, from negotiation and mediation to
          arbitration and court, and tells you why. It takes about ten minutes, works offline, and nothing leaves your
          device.
        </p>
        <button type="button" class="button primary large" onClick={startCase}>
          Start a new case
        </button>
      </div>
      <Show when={list.error()}>{(message) => <p role="alert" class="notice error">{message()}</p>}</Show>
      <Show when={list.cases()?.length}>
        <h2>Your cases</h2>
        <ul class="case-list">
          <For each={list.cases()}>
            {(record) => (
              <li>
                <CaseCard
                  record={record}
                  onRename={(title) => list.rename(record.id, title)}
                  onDuplicate={() => list.duplicate(record)}
                  onDelete={() => list.remove(record.id)}
                />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <aside class="about">
        <h2>About Olé</h2>
        <p>
          Olé builds on the case-analysis worksheet of the International Mediation Institute (IMI). The worksheet
          helped parties think a case through; the ranking of processes is Olé's own addition, and every score shows
          the reasons that add up to it.
        </p>
      </aside>
    </section>
  );
}
