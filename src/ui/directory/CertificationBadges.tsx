import { For, Show } from 'solid-js';
import type { CertificationReason, CertificationStatus } from '../../domain/registry/certification-status.ts';
import { formatDay } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { feedMessages } from './feed.messages.ts';
import type { MediatorProfile } from '../../domain/registry/types.ts';
import { certificationLabel } from './labels.ts';

/** A reason short of "certified with a current digest", with its dates written for the reader. */
export function certificationReasonText(reason: CertificationReason): string {
  const m = t(feedMessages);
  switch (reason.code) {
    case 'revoked':
      return m['reason.revoked'](formatDay(reason.date), reason.reasonCode);
    case 'grace-digest-stale':
      return m['reason.grace-digest-stale'](
        formatDay(reason.digestDate),
        formatDay(reason.certifiedOn),
        formatDay(reason.until),
      );
    case 'grace-no-digest':
      return m['reason.grace-no-digest'](formatDay(reason.certifiedOn), formatDay(reason.until));
    case 'digest-stale':
      return m['reason.digest-stale'](formatDay(reason.digestDate), reason.months, formatDay(reason.dueBy));
    case 'grace-ended':
      return m['reason.grace-ended'](reason.months, formatDay(reason.certifiedOn), formatDay(reason.ended));
    case 'no-certification':
      return m['reason.no-certification'];
  }
}

/** Badges only while certification is current; otherwise the reasons, so a lapsed badge never looks valid. */
export function CertificationBadges(props: { profile: MediatorProfile; status: CertificationStatus }) {
  return (
    <Show
      when={props.status.certified}
      fallback={
        <div class="notice warn" role="note">
          <strong>{t(feedMessages).notCertified}</strong>
          <ul>
            <For each={props.status.reasons}>{(reason) => <li>{certificationReasonText(reason)}</li>}</For>
          </ul>
        </div>
      }
    >
      <ul class="badges" aria-label={t(feedMessages).certifications}>
        <For each={props.profile.certifications}>
          {(c) => (
            <li class="badge" classList={{ main: c.kind === 'certified-mediator' }}>
              {certificationLabel(c.kind)}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
