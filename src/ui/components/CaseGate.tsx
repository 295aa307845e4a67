import { Match, Switch, type JSX } from 'solid-js';
import type { CaseRecord } from '../../storage/db.ts';
import type { CaseStore } from '../cases/create-case-store.ts';
import { CaseMissing } from './CaseMissing.tsx';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

/** Renders its children once the case has loaded; a missing case gets a page that says so. */
export function CaseGate(props: { store: CaseStore; children: (record: () => CaseRecord) => JSX.Element }) {
  return (
    <Switch fallback={<p class="page" aria-busy="true">{t(componentsMessages).loadingCase}</p>}>
      <Match when={props.store.record.error}>
        <CaseMissing />
      </Match>
      <Match when={props.store.record()}>{(record) => props.children(record)}</Match>
      <Match when={props.store.record() === null}>
        <CaseMissing />
      </Match>
    </Switch>
  );
}
