import { useNavigate } from '@solidjs/router';
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { readTogetherFragment } from '../../domain/together/together-link.ts';
import { defaultCaseTitle, formatDate } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { createCaseList } from '../cases/create-case-list.ts';
import { caseAccess } from '../cases/case-lock.ts';
import { UnlockCases } from '../cases/UnlockCases.tsx';
import { firstQuestionPath, togetherPath } from '../cases/paths.ts';
import { TheirCodeForm } from '../together/TheirCodeForm.tsx';
import { togetherMessages } from '../together/together.messages.ts';
import { createPageTitle } from '../app/page-title.ts';
import '../styles/together.css';

/** Where the other party's link lands (/together#c=CODE): reads the code, takes it out of the address bar, asks which case it is for. */
export default function TogetherLinkPage() {
  const m = () => t(togetherMessages);
  createPageTitle(() => m().linkTitle);
  const navigate = useNavigate();
  const list = createCaseList();
  const fromLink = readTogetherFragment(window.location.hash);
  const [code, setCode] = createSignal(fromLink?.ok ? fromLink.code : undefined);
  const [linkError, setLinkError] = createSignal(fromLink && !fromLink.ok ? fromLink : undefined);
  // The code is read once; good or bad, it leaves the address bar, the history entry and anything copied from it.
  const clearFragment = () => {
    if (window.location.hash)
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
  };
  // Another link opened on this page changes only the fragment: read it the same way.
  const onHashChange = () => {
    const read = readTogetherFragment(window.location.hash);
    clearFragment();
    if (read?.ok) setCode(read.code);
    else if (read) setLinkError(read);
  };
  onMount(() => {
    clearFragment();
    window.addEventListener('hashchange', onHashChange);
  });
  onCleanup(() => window.removeEventListener('hashchange', onHashChange));

  const compareWith = async (caseId: string, theirCode: string) => {
    if (await list.setOtherPartyCode(caseId, theirCode)) navigate(togetherPath(caseId));
  };
  const startNew = async (theirCode: string) => {
    const record = await list.create(defaultCaseTitle(), theirCode);
    if (record) navigate(firstQuestionPath(record.id));
  };

  return (
    <section class="page together-link">
      <h1>{m().linkTitle}</h1>
      <p class="lead">{m().linkLead}</p>
      <Show when={list.error()}>
        {(message) => (
          <p role="alert" class="notice error">
            {message()}
          </p>
        )}
      </Show>
      <Show when={code()} fallback={<TheirCodeForm onCode={setCode} linkError={linkError()} />}>
        {(theirCode) => (
          <>
            <p role="status" class="notice success">
              {m().linkValid}
            </p>
            {/* Locked: the code waits in this page while the passphrase is asked for. */}
            <Show when={caseAccess().status !== 'locked'} fallback={<UnlockCases headingLevel={2} />}>
              <h2>{m().whichCase}</h2>
              <Show when={list.cases()?.length} fallback={<p>{m().noCases}</p>}>
                <ul class="case-choices">
                  <For each={list.cases()}>
                    {(record) => (
                      <li>
                        <button type="button" class="button" onClick={() => void compareWith(record.id, theirCode())}>
                          {m().compareWithCase(record.title)}
                        </button>{' '}
                        <span class="muted small">{formatDate(record.updatedAt)}</span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <p>
                <button type="button" class="button primary" onClick={() => void startNew(theirCode())}>
                  {m().startNew}
                </button>
              </p>
              <p class="muted small">{m().startNewHelp}</p>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
