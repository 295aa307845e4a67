import { A } from '@solidjs/router';

export default function NotFoundPage() {
  return (
    <section class="page narrow">
      <h1>Page not found</h1>
      <p>This address does not match anything in Olé.</p>
      <A href="/" class="button primary">Go to your cases</A>
    </section>
  );
}
