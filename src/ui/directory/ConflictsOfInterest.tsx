import { t } from '../app/i18n.ts';
import { profileMessages } from './profile.messages.ts';

/** How to raise a conflict of interest, and the mediator's duty to disclose one (in our words, with the sources). */
export function ConflictsOfInterest() {
  const m = () => t(profileMessages);
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading">
      <h3 id="conflicts-heading">{m().conflicts}</h3>
      <p>{m().conflictsAsk}</p>
      <p>{m().conflictsDuty}</p>
      <p>{m().conflictsRaise}</p>
      <p class="muted small">{m().conflictsEnforce}</p>
    </section>
  );
}
