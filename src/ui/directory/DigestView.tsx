import { Show } from 'solid-js';
import type { CertificationStatus } from '../../domain/registry/certification-status.ts';
import type { FeedbackDigest } from '../../domain/registry/types.ts';
import { formatDay } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { feedMessages } from './feed.messages.ts';
import { languageName } from './labels.ts';
import { profileMessages } from './profile.messages.ts';
import { otherLanguage } from './weighed-text.ts';

/** A Feedback Digest is text with its Reviewer and date: never turned into a rating. */
export function DigestView(props: { digest: FeedbackDigest | undefined; status: CertificationStatus }) {
  const m = () => t(feedMessages);
  return (
    <section class="digest" aria-labelledby="digest-heading">
      <h2 id="digest-heading">{m().feedbackDigest}</h2>
      <Show
        when={props.digest}
        fallback={
          <p class="muted">
            {m().noDigestYet}
            <Show when={props.status.digest === 'grace' && props.status.validUntil}>
              {(until) => <>{m().digestDueBy(formatDay(until()))}</>}
            </Show>
          </p>
        }
      >
        {(digest) => (
          <>
            <Show when={props.status.digest === 'stale'}>
              <p class="notice warn" role="note">
                {m().digestStale}
              </p>
            </Show>
            <blockquote class="digest-text" lang={digest().language}>
              {digest().text}
            </blockquote>
            <Show when={otherLanguage(digest().language)}>
              {(language) => <p class="muted small">{t(profileMessages).digestIn(languageName(language()))}</p>}
            </Show>
            <p class="digest-meta">
              {m().reviewer} <strong>{digest().reviewer.name}</strong> ({digest().reviewer.role}) ·{' '}
              {formatDay(digest().date)}
              <Show when={props.status.digest === 'current' && props.status.validUntil}>
                {(until) => <span class="muted">{m().currentUntil(formatDay(until()))}</span>}
              </Show>
            </p>
          </>
        )}
      </Show>
    </section>
  );
}
