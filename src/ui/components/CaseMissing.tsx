import { A } from '@solidjs/router';
import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

export function CaseMissing() {
  const m = () => t(componentsMessages);
  return (
    <section class="page narrow">
      <h1>{m().caseNotFound}</h1>
      <p>{m().caseNotFoundText}</p>
      <A class="button primary" href="/">{m().goToCases}</A>
    </section>
  );
}
