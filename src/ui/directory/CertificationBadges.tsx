import { For, Show } from 'solid-js';
import type { CertificationStatus } from '../../domain/registry/certification-status.ts';
import type { MediatorProfile } from '../../domain/registry/types.ts';
import { CERTIFICATION_LABELS } from './labels.ts';

/** Badges only while certification is current; otherwise the reasons, so a lapsed badge never looks valid. */
export function CertificationBadges(props: { profile: MediatorProfile; status: CertificationStatus }) {
  return (
    <Show
      when={props.status.certified}
      fallback={
        <div class="notice warn" role="note">
          <strong>Not currently certified.</strong>
          <ul>
            <For each={props.status.reasons}>{(reason) => <li>{reason}</li>}</For>
          </ul>
        </div>
      }
    >
      <ul class="badges" aria-label="Certifications">
        <For each={props.profile.certifications}>
          {(c) => (
            <li class="badge" classList={{ main: c.kind === 'certified-mediator' }}>
              {CERTIFICATION_LABELS[c.kind]}
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
