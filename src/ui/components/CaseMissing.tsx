import { A } from '@solidjs/router';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

export function CaseMissing() {
  const m = () => t(componentsMessages);
  createPageTitle(() => m().caseNotFound);
  return (
    <section class="page narrow">
      <h1>{m().caseNotFound}</h1>
      <p>{m().caseNotFoundText}</p>
      <A class="button primary" href="/">
        {m().goToCases}
      </A>
    </section>
  );
}
