import { Show } from 'solid-js';
import { explainSyncFailure, type SyncFailureCode } from '../../sync/sync-failure.ts';
import { formatDay, formatDate } from '../app/format.ts';
import { useFeedSync } from './create-feed-sync.ts';

/** "Directory as of …", the demo label, the last problem and a way to check now: shown above every directory view. */
export function FeedStatus() {
  const sync = useFeedSync();
  return (
    <div class="feed-status" aria-live="polite">
      <Show
        when={sync.held()}
        fallback={<p>The directory has not been downloaded yet. It comes with the first connection and then works offline.</p>}
      >
        {(held) => (
          <p>
            Directory as of <strong>{formatDay(held().publishedAt)}</strong>{' '}
            <span class="muted small">(edition {held().sequence})</span>
            <Show when={held().demo}>
              {' '}
              <span class="demo-badge">Demo data</span> The mediators, reviewers and digests here are invented for
              demonstration; none is a real person.
            </Show>
          </p>
        )}
      </Show>
      <Show when={sync.status()?.ok === false && sync.status()}>
        {(status) => (
          <div role="alert" class="notice error">
            <p>{explainSyncFailure(status().code as SyncFailureCode)}</p>
            <Show when={status().detail}>
              <details>
                <summary>Technical detail</summary>
                <p class="small">{status().detail}</p>
              </details>
            </Show>
          </div>
        )}
      </Show>
      <p class="feed-actions">
        <button type="button" class="button small" disabled={sync.syncing()} onClick={() => void sync.syncNow()}>
          {sync.syncing() ? 'Checking…' : 'Check for updates'}
        </button>
        <Show when={sync.status()}>
          <span class="muted small">Last checked {formatDate(sync.status()!.lastCheckedAt)}</span>
        </Show>
      </p>
    </div>
  );
}
