import { A, useNavigate } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { createCaseList } from '../cases/create-case-list.ts';
import { CaseCard } from '../components/CaseCard.tsx';
import { defaultCaseTitle } from '../app/format.ts';
import { firstQuestionPath } from '../cases/paths.ts';
import { t } from '../app/i18n.ts';
import { homeMessages } from './home.messages.ts';
import { ImportCase } from '../cases/ImportCase.tsx';
import { caseAccess } from '../cases/case-lock.ts';
import { UnlockCases } from '../cases/UnlockCases.tsx';
import { ProtectionStatus } from '../cases/ProtectionStatus.tsx';

export function HomePage() {
  const m = () => t(homeMessages);
  const list = createCaseList();
  const navigate = useNavigate();

  const startCase = async () => {
    const record = await list.create(defaultCaseTitle());
    if (record) navigate(firstQuestionPath(record.id));
  };

  return (
    <section class="page">
      <div class="hero">
        <h1>{m().title}</h1>
        <p class="lead">{m().lead}</p>
        {/* Shown while the lock is being checked (for a few milliseconds), so nothing below it moves when it is known. */}
        <Show when={caseAccess().status !== 'locked'}>
          <button
            type="button"
            class="button primary large"
            onClick={startCase}
            disabled={caseAccess().status !== 'open'}
          >
            {m().start}
          </button>
        </Show>
      </div>
      {/* The rest is laid out once, when the lock and the case list are known, so it never jumps as they arrive. */}
      <Show when={caseAccess().status === 'locked' || list.loaded()}>
        {/* Only a first-time visitor, with no case yet, needs the tour; the footer links it for everyone. */}
        <Show when={caseAccess().status === 'open' && !list.cases()?.length}>
          <p class="how-first">
            {m().newHere} <A href="/how">{m().howLink}</A>
          </p>
        </Show>
        <Show when={caseAccess().status === 'locked'}>
          <UnlockCases headingLevel={2} />
        </Show>
        <Show when={list.error()}>
          {(message) => (
            <p role="alert" class="notice error">
              {message()}
            </p>
          )}
        </Show>
        <Show when={list.cases()?.length}>
          <h2>{m().yourCases}</h2>
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
        <Show when={caseAccess().status === 'open'}>
          <ImportCase onImport={list.importFile} />
        </Show>
        <ProtectionStatus damaged={list.damaged()} onDeleteDamaged={list.removeDamaged} />
        <aside class="trainers">
          <h2>{m().trainers}</h2>
          <p>
            {m().trainersText} <A href="/workshop">{m().trainersLink}</A>
          </p>
        </aside>
        <aside class="about">
          <h2>{m().about}</h2>
          <p>{m().aboutText}</p>
        </aside>
      </Show>
    </section>
  );
}
