import { A } from '@solidjs/router';
import { Match, Show, Switch } from 'solid-js';
import { t } from '../app/i18n.ts';
import { caseAccess, casesProtected, lockCases, sealedAtUnlock } from './case-lock.ts';
import { recoveryMessages } from './recovery.messages.ts';
import { protectionStatusMessages } from './protection-status.messages.ts';

/** The home page's part on passphrase protection: a way in, "Lock now" while protected, damaged cases said. */
export function ProtectionStatus(props: { damaged: readonly string[]; onDeleteDamaged: () => void }) {
  const m = () => t(protectionStatusMessages);
  return (
    <section class="protection-status" aria-labelledby="protection-status-title">
      <h2 id="protection-status-title">{m().manageOn}</h2>
      <Show when={props.damaged.length}>
        {(count) => (
          <div role="alert" class="notice error">
            <p>{m().damagedCases(count())}</p>
            <button type="button" class="button" onClick={() => props.onDeleteDamaged()}>
              {m().deleteDamaged}
            </button>
          </div>
        )}
      </Show>
      <Switch>
        <Match when={casesProtected()}>
          <p>{m().homeOn}</p>
          <Show when={sealedAtUnlock()}>
            {(count) => (
              <p role="status" class="notice success">
                {t(recoveryMessages).sealedAtUnlock(count())}
              </p>
            )}
          </Show>
          <p class="actions">
            <button type="button" class="button" onClick={() => lockCases()}>
              {m().lockNow}
            </button>
            <A class="button" href="/protect">
              {m().manageLink}
            </A>
          </p>
        </Match>
        <Match when={caseAccess().status === 'locked'}>
          <p>{m().homeOn}</p>
        </Match>
        <Match when={caseAccess().status === 'open'}>
          <p>{m().statusOff}</p>
          <p>
            <A class="button" href="/protect">
              {m().manage}
            </A>
          </p>
        </Match>
      </Switch>
    </section>
  );
}
