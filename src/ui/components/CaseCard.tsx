import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import type { CaseRecord } from '../../storage/db.ts';
import { formatDate } from '../app/format.ts';
import {
  questionPath,
  resultsPath,
  firstQuestionPath,
  worksheetPath,
  reportPath,
  togetherPath,
} from '../cases/paths.ts';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';
import { caseFileMessages } from '../cases/case-file.messages.ts';
import { downloadCaseFile } from '../cases/export-case.ts';
import { recoveryMessages } from '../cases/recovery.messages.ts';

type Props = {
  record: CaseRecord;
  /** Stored in the clear while the others are locked (started or imported while locked): said on the card. */
  unprotected?: boolean;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
};

export function CaseCard(props: Props) {
  const m = () => t(componentsMessages);
  const [editing, setEditing] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const answered = () => Object.values(props.record.answers).filter((v) => v !== null).length;
  const continuePath = () =>
    props.record.lastQuestionId
      ? questionPath(props.record.id, props.record.lastQuestionId)
      : firstQuestionPath(props.record.id);

  let renameButton: HTMLButtonElement | undefined;
  // Saving or cancelling a rename gives the focus back to "Rename", where it was.
  const stopEditing = () => {
    setEditing(false);
    renameButton?.focus();
  };
  const submitRename = (event: SubmitEvent) => {
    event.preventDefault();
    const title = String(new FormData(event.currentTarget as HTMLFormElement).get('title') ?? '').trim();
    if (title) props.onRename(title);
    stopEditing();
  };
  // The field takes the focus with the title selected, so typing replaces it.
  const focusField = (input: HTMLInputElement) =>
    queueMicrotask(() => {
      input.focus();
      input.select();
    });

  return (
    // tabindex -1: after a delete, the next card takes the focus (HomePage), read out by its name.
    <article class="case-card" aria-label={props.record.title} tabindex="-1" data-case-id={props.record.id}>
      <Show when={editing()} fallback={<h3 class="case-title">{props.record.title}</h3>}>
        <form class="rename" onSubmit={submitRename}>
          <label>
            {m().caseName}
            <input
              name="title"
              value={props.record.title}
              maxLength={120}
              required
              ref={focusField}
              onKeyDown={(event) => event.key === 'Escape' && stopEditing()}
            />
          </label>
          <button type="submit" class="button">
            {m().saveName}
          </button>
          <button type="button" class="button" onClick={stopEditing}>
            {m().cancelRename}
          </button>
        </form>
      </Show>
      <p class="meta">{m().answersUpdated(answered(), formatDate(props.record.updatedAt))}</p>
      <Show when={props.unprotected}>
        <p class="meta">{t(recoveryMessages).notProtectedYet}</p>
      </Show>
      <Show when={props.record.otherPartyCode !== undefined}>
        <p class="meta">
          <A href={togetherPath(props.record.id)}>{m().comparisonKept}</A>
        </p>
      </Show>
      <div class="actions">
        <A class="button primary" href={continuePath()}>
          {m().continue}
        </A>
        <A class="button" href={resultsPath(props.record.id)}>
          {m().results}
        </A>
        <A class="button" href={worksheetPath(props.record.id)}>
          {m().worksheet}
        </A>
        <A class="button" href={reportPath(props.record.id)}>
          {m().report}
        </A>
        <button type="button" class="button rename-button" ref={renameButton} onClick={() => setEditing(!editing())}>
          {m().rename}
        </button>
        <button type="button" class="button" onClick={() => props.onDuplicate()}>
          {m().duplicate}
        </button>
        <button
          type="button"
          class="button"
          title={t(caseFileMessages).exportHint}
          onClick={() => downloadCaseFile(props.record)}
        >
          {t(caseFileMessages).export}
        </button>
        <Show
          when={confirming()}
          fallback={
            <button type="button" class="button danger" onClick={() => setConfirming(true)}>
              {m().delete}
            </button>
          }
        >
          {/* biome-ignore lint/a11y/useSemanticElements: an inline question, not a form section; the role names it */}
          <span class="confirm" role="group" aria-label={m().confirmDelete}>
            {m().deleteThisCase}
            <button type="button" class="button danger" onClick={() => props.onDelete()}>
              {m().yesDelete}
            </button>
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {m().keepIt}
            </button>
          </span>
        </Show>
      </div>
    </article>
  );
}
