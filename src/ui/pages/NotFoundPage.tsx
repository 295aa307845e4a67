import { A } from '@solidjs/router';
import { t } from '../app/i18n.ts';
import { componentsMessages } from '../components/components.messages.ts';
import { homeMessages } from './home.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

export default function NotFoundPage() {
  const m = () => t(homeMessages);
  createPageTitle(() => m().pageNotFound);
  return (
    <section class="page narrow">
      <h1>{m().pageNotFound}</h1>
      <p>{m().pageNotFoundText}</p>
      <A href="/" class="button primary">
        {t(componentsMessages).goToCases}
      </A>
    </section>
  );
}
