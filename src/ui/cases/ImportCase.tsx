import { A } from '@solidjs/router';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { CaseFileImport } from '../../storage/case-import.ts';
import { t } from '../app/i18n.ts';
import { caseFileMessages } from './case-file.messages.ts';
import { resultsPath } from './paths.ts';
import { punctuationMessages } from '../components/punctuation.messages.ts';

type Outcome = CaseFileImport | { readonly ok: false; readonly refusal: 'unreadable' };

/** "Import a case": a file input that is also a drop zone; the outcome is announced, and a refused file changes nothing. */
export function ImportCase(props: {
  onImport: (file: File) => Promise<CaseFileImport | undefined>;
  /** How an imported case is stored, when it is not as the others (while locked). */
  note?: string | undefined;
}) {
  const m = () => t(caseFileMessages);
  const [busy, setBusy] = createSignal(false);
  const [dragging, setDragging] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome>();

  const take = async (file: File | undefined) => {
    if (!file || busy()) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await props.onImport(file);
      if (result) setOutcome(result);
    } catch {
      setOutcome({ ok: false, refusal: 'unreadable' });
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer?.files[0]);
  };

  return (
    <section
      class="import-case"
      classList={{ dragging: dragging() }}
      aria-labelledby="import-case-title"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="import-case-title">{m().importTitle}</h2>
      <p class="hint">{dragging() ? m().dropHere : m().importHint}</p>
      <Show when={props.note}>{(note) => <p class="hint">{note()}</p>}</Show>
      <label class="file-field">
        {m().chooseFile}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy()}
          onChange={(event) => {
            const input = event.currentTarget;
            void take(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
      </label>
      <div aria-live="polite">
        <Show when={busy()}>
          <p>{m().importing}</p>
        </Show>
        <Show when={outcome()}>{(result) => <ImportOutcome outcome={result()} />}</Show>
      </div>
    </section>
  );
}

function ImportOutcome(props: { outcome: Outcome }) {
  const m = () => t(caseFileMessages);
  return (
    <Switch>
      <Match when={props.outcome.ok && props.outcome}>
        {(done) => (
          <div class="notice success" role="status">
            <p>{m().imported(done().imported.record.title)}</p>
            <Show when={done().imported.newId}>
              <p>{m().importedNewId}</p>
            </Show>
            <A href={resultsPath(done().imported.record.id)}>{m().openImported}</A>
          </div>
        )}
      </Match>
      <Match when={!props.outcome.ok && props.outcome}>
        {(refused) => (
          <div class="notice error" role="alert">
            <Show when={refused().refusal !== 'unreadable'} fallback={<p>{m().readFailed}</p>}>
              <RefusalDetails outcome={refused() as Extract<CaseFileImport, { ok: false }>} />
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  );
}

function RefusalDetails(props: { outcome: Extract<CaseFileImport, { ok: false }> }) {
  const m = () => t(caseFileMessages);
  const listed = () => (props.outcome.refusal === 'invalid' ? props.outcome.problems : []);
  return (
    <>
      <p>{m()[`refused-${props.outcome.refusal}`]}</p>
      <Show when={listed().length}>
        <h3 class="problems-title">{m().problemsTitle}</h3>
        <ul class="problems">
          <For each={listed()}>
            {(problem) => (
              <li>
                <code>{problem.path}</code>
                {t(punctuationMessages).colon}
                {m()[problem.code]}
              </li>
            )}
          </For>
          <Show when={props.outcome.total > listed().length}>
            <li>{m().problemsMore(props.outcome.total - listed().length)}</li>
          </Show>
        </ul>
      </Show>
    </>
  );
}
