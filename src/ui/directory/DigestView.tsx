import { Show } from 'solid-js';
import type { CertificationStatus } from '../../domain/registry/certification-status.ts';
import type { FeedbackDigest } from '../../domain/registry/types.ts';
import { formatDay } from '../app/format.ts';

/** A Feedback Digest is text with its Reviewer and date: never turned into a rating. */
export function DigestView(props: { digest: FeedbackDigest | undefined; status: CertificationStatus }) {
  return (
    <section class="digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading">Feedback Digest</h2>
      <Show
        when={props.digest}
        fallback={
          <p class="muted">
            No Feedback Digest yet.
            <Show when={props.status.digest === 'grace' && props.status.validUntil}>
              {(until) => <> Newly certified: a digest is due by {formatDay(until())}.</>}
            </Show>
          </p>
        }
      >
        {(digest) => (
          <>
            <Show when={props.status.digest === 'stale'}>
              <p class="notice warn" role="note">
                This digest is more than two years old and has not been renewed, so it may not reflect recent work.
              </p>
            </Show>
            <blockquote class="digest-text">{digest().text}</blockquote>
            <p class="digest-meta">
              Reviewer: <strong>{digest().reviewer.name}</strong> ({digest().reviewer.role}) · {formatDay(digest().date)}
              <Show when={props.status.digest === 'current' && props.status.validUntil}>
                {(until) => <span class="muted"> · current until {formatDay(until())}</span>}
              </Show>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
