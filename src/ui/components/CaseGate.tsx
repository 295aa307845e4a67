import { A } from '@solidjs/router';
import { Match, Show, Switch, type JSX } from 'solid-js';
import type { CaseRecord } from '../../storage/db.ts';
import { CaseUnreadableError } from '../../storage/case-codec.ts';
import type { CaseStore } from '../cases/create-case-store.ts';
import { caseAccess } from '../cases/case-lock.ts';
import { UnlockCases } from '../cases/UnlockCases.tsx';
import { protectionMessages } from '../cases/protection.messages.ts';
import { protectionStatusMessages } from '../cases/protection-status.messages.ts';
import { recoveryMessages } from '../cases/recovery.messages.ts';
import { CaseMissing } from './CaseMissing.tsx';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

/**
 * Renders its children once the case has loaded; a protected case asks for the passphrase while locked (a plain one,
 * started or imported while locked, opens and says it is not protected yet); a missing case says so.
 */
export function CaseGate(props: { store: CaseStore; children: (record: () => CaseRecord) => JSX.Element }) {
  const damaged = () => {
    const error: unknown = props.store.record.error;
    return error instanceof CaseUnreadableError && error.reason === 'damaged';
  };
  const locked = () => caseAccess().status === 'locked';
  // Until the case is read again with the locked codec, what the page holds may be a protected case: never shown.
  const staleWhileLocked = () => locked() && !props.store.readNow();
  return (
    <Switch
      fallback={
        <p class="page" aria-busy="true">
          {t(componentsMessages).loadingCase}
        </p>
      }
    >
      <Match when={props.store.sealed() || (staleWhileLocked() && !props.store.record.loading)}>
        <div class="page">
          <UnlockCases headingLevel={1} />
        </div>
      </Match>
      <Match when={staleWhileLocked()}>
        <p class="page" aria-busy="true">
          {t(componentsMessages).loadingCase}
        </p>
      </Match>
      <Match when={damaged()}>
        <section class="page narrow">
          <h1>{t(protectionMessages).damagedTitle}</h1>
          <p role="alert" class="notice error">
            {t(protectionStatusMessages).damagedCase}
          </p>
          <A class="button primary" href="/">
            {t(protectionMessages).backHome}
          </A>
        </section>
      </Match>
      <Match when={props.store.record.error}>
        <CaseMissing />
      </Match>
      <Match when={props.store.record()}>
        {(record) => (
          <>
            <Show when={locked()}>
              <p class="notice warn page-notice">{t(recoveryMessages).caseNotProtected}</p>
            </Show>
            {props.children(record)}
          </>
        )}
      </Match>
      <Match when={props.store.record() === null}>
        <CaseMissing />
      </Match>
    </Switch>
  );
}
