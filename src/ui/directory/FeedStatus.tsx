import { Show } from 'solid-js';
import { SYNC_FAILURE_CODES, type SyncFailureCode } from '../../sync/sync-failure.ts';
import { t } from '../app/i18n.ts';
import { feedMessages } from './feed.messages.ts';
import { formatDay, formatDate } from '../app/format.ts';
import { useFeedSync } from './create-feed-sync.ts';

/** "Directory as of …", the demo label, the last problem and a way to check now: shown above every directory view. */
/** Why an update failed, in the reader's language; a code from a newer app version gets the general words. */
function explainSyncFailure(code: string): string {
  const m = t(feedMessages);
  return (SYNC_FAILURE_CODES as readonly string[]).includes(code)
    ? m[`failure.${code as SyncFailureCode}`]
    : m.failureUnknown;
}

export function FeedStatus() {
  const m = () => t(feedMessages);
  const sync = useFeedSync();
  return (
    <div class="feed-status" aria-live="polite">
      <Show when={sync.held()} fallback={<p>{m().notDownloaded}</p>}>
        {(held) => (
          <p>
            {m().asOf} <strong>{formatDay(held().publishedAt)}</strong>{' '}
            <span class="muted small">{m().edition(held().sequence)}</span>
            <Show when={held().demo}>
              {' '}
              <span class="demo-badge">{m().demoData}</span> {m().demoText}
            </Show>
          </p>
        )}
      </Show>
      <Show when={sync.notice()}>
        {(notice) => {
          const n = notice();
          return <p class="notice">{n.kind === 'waiting' ? m().waitingForOther : m().superseded(n.sequence)}</p>;
        }}
      </Show>
      <Show when={sync.status()?.ok === false && sync.status()}>
        {(status) => (
          <div role="alert" class="notice error">
            <p>{explainSyncFailure(status().code ?? '')}</p>
            <Show when={status().detail}>
              <details>
                <summary>{m().technicalDetail}</summary>
                {/* The checker's own diagnostic, in English for whoever runs the feed; marked so a screen reader reads it as English. */}
                <p class="small" lang="en">
                  {status().detail}
                </p>
              </details>
            </Show>
          </div>
        )}
      </Show>
      <p class="feed-actions">
        <button type="button" class="button small" disabled={sync.syncing()} onClick={() => void sync.syncNow()}>
          {sync.syncing() ? m().checking : m().checkForUpdates}
        </button>
        <Show when={sync.status()}>
          <span class="muted small">{m().lastChecked(formatDate(sync.status()!.lastCheckedAt))}</span>
        </Show>
      </p>
    </div>
  );
}
