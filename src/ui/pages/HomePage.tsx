import { A, useNavigate } from '@solidjs/router';
import { createEffect, createSignal, For, lazy, on, Show } from 'solid-js';
import { createCaseList } from '../cases/create-case-list.ts';
import { CaseCard } from '../components/CaseCard.tsx';
import { defaultCaseTitle } from '../app/format.ts';
import { firstQuestionPath } from '../cases/paths.ts';
import { startDraft } from '../cases/case-drafts.ts';
import { t } from '../app/i18n.ts';
import { homeMessages } from './home.messages.ts';
import { ImportCase } from '../cases/ImportCase.tsx';
import { caseAccess, erasedOnForgetting } from '../cases/case-lock.ts';
import { ProtectionStatus } from '../cases/ProtectionStatus.tsx';
import { recoveryMessages } from '../cases/recovery.messages.ts';
import type { CaseRecord } from '../../storage/db.ts';

// Only a protected, locked device shows it: the first screen of everyone else does not carry it.
const UnlockCases = lazy(() => import('../cases/UnlockCases.tsx').then((m) => ({ default: m.UnlockCases })));

type FocusNext = {
  readonly shown: (cases: readonly CaseRecord[]) => boolean;
  readonly target: () => HTMLElement | null | undefined;
};

export function HomePage() {
  const m = () => t(homeMessages);
  const r = () => t(recoveryMessages);
  const list = createCaseList();
  const navigate = useNavigate();
  const locked = () => caseAccess().status === 'locked';
  const [said, setSaid] = createSignal<string>();
  let startButton: HTMLButtonElement | undefined;

  // Nothing is stored yet: the case is written by its first answer, so backing out leaves no empty case behind.
  const startCase = () => navigate(firstQuestionPath(startDraft(defaultCaseTitle()).id));

  // Where the focus goes once the list shows a change: after the render, as the list may be read twice (here, and
  // on this tab's own broadcast), and only the last read is drawn.
  const [focusNext, setFocusNext] = createSignal<FocusNext>();
  createEffect(() => {
    const next = focusNext();
    if (!next?.shown(list.cases() ?? [])) return;
    setFocusNext(undefined);
    next.target()?.focus();
  });
  const cards = () => [...document.querySelectorAll<HTMLElement>('.case-list .case-card')];

  // After a delete, focus goes on to the case that took its place (or the one before it), else to "Start a new case".
  const remove = async (record: CaseRecord, index: number) => {
    if (!(await list.remove(record.id))) return;
    setSaid(r().deleted(record.title));
    setFocusNext({
      shown: (cases) => !cases.some((c) => c.id === record.id),
      target: () => cards()[index] ?? cards()[index - 1] ?? startButton,
    });
  };
  // A renamed case is a new record, so its card is drawn again: the focus goes back to its "Rename".
  const rename = async (id: string, title: string) => {
    if (!(await list.rename(id, title))) return;
    setFocusNext({
      shown: (cases) => cases.some((c) => c.id === id && c.title === title),
      target: () =>
        cards()
          .find((card) => card.dataset['caseId'] === id)
          ?.querySelector<HTMLElement>('.rename-button'),
    });
  };

  // The protected cases were erased: the next thing to do is start (or import) a case.
  createEffect(on(erasedOnForgetting, (erased) => erased !== undefined && startButton?.focus(), { defer: true }));

  return (
    <section class="page">
      <div class="hero">
        <h1>{m().title}</h1>
        <p class="lead">{m().lead}</p>
        <Show when={erasedOnForgetting() !== undefined}>
          <p role="status" class="notice success">
            {r().erasedDone(erasedOnForgetting() ?? 0)}
          </p>
        </Show>
        {/* Disabled while the lock is being checked (for a few milliseconds), so nothing moves when it is known. */}
        <button
          type="button"
          class="button primary large"
          ref={startButton}
          onClick={startCase}
          disabled={caseAccess().status === 'checking'}
          aria-describedby={locked() ? 'stored-while-locked' : undefined}
        >
          {m().start}
        </button>
        <Show when={locked()}>
          <p id="stored-while-locked" class="hint">
            {r().storedWhileLocked}
          </p>
        </Show>
      </div>
      <p class="visually-hidden" role="status">
        {said()}
      </p>
      {/* The rest is laid out once, when the lock and the case list are known, so it never jumps as they arrive. */}
      <Show when={locked() || list.loaded()}>
        {/* Only a first-time visitor, with no case yet, needs the tour; the footer links it for everyone. */}
        <Show when={caseAccess().status === 'open' && !list.cases()?.length}>
          <p class="how-first">
            {m().newHere} <A href="/how">{m().howLink}</A>
          </p>
        </Show>
        <Show when={locked()}>
          <UnlockCases headingLevel={2} lockedCount={list.locked().length} />
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
              {(record, index) => (
                <li>
                  <CaseCard
                    record={record}
                    unprotected={locked()}
                    onRename={(title) => void rename(record.id, title)}
                    onDuplicate={() => list.duplicate(record)}
                    onDelete={() => void remove(record, index())}
                  />
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={caseAccess().status !== 'checking'}>
          <ImportCase onImport={list.importFile} note={locked() ? r().storedWhileLocked : undefined} />
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
