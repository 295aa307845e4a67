import { A } from '@solidjs/router';

export function CaseMissing() {
  return (
    <section class="page narrow">
      <h1>Case not found</h1>
      <p>This case is not saved on this device. It may have been deleted, or it was made in another browser.</p>
      <A class="button primary" href="/">Go to your cases</A>
    </section>
  );
}
