import { For, Show } from 'solid-js';
import type { Gone } from '../../domain/registry/shortlist-gone.ts';
import { formatDay } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { certificationReasonText } from './CertificationBadges.tsx';
import { shortlistMessages } from './shortlist.messages.ts';

type Messages = typeof shortlistMessages.en;

export function goneText(gone: Gone): string {
  const m = t(shortlistMessages);
  switch (gone.why) {
    case 'revoked': {
      const reason = m[`reason.${gone.reasonCode}` as keyof Messages];
      const words = typeof reason === 'string' ? reason : gone.reasonCode; // a code from a newer feed shows as itself
      return gone.name
        ? m.revokedNamed(gone.name, formatDay(gone.date), words)
        : m.revokedUnnamed(gone.id, formatDay(gone.date), words);
    }
    case 'not-listed':
      return m.notListed(gone.name ?? gone.id, gone.reasons.map(certificationReasonText).join('; '));
    case 'not-held':
      return `${m.notHeld(gone.id)} ${m.checkForUpdates}`;
  }
}

/** Who on a shortlist is no longer listed, and why; on one's own list, each can be removed. */
export function ShortlistGone(props: { gone: readonly Gone[]; onRemove?: (id: string) => void }) {
  const m = () => t(shortlistMessages);
  return (
    <Show when={props.gone.length}>
      <section class="notice warn shortlist-gone" aria-labelledby="gone-heading">
        <h2 id="gone-heading">{m().goneHeading}</h2>
        <ul>
          <For each={props.gone}>
            {(gone) => (
              <li>
                {goneText(gone)}
                <Show when={props.onRemove}>
                  {(remove) => (
                    <>
                      {' '}
                      <button type="button" class="button small no-print" onClick={() => remove()(gone.id)}>
                        {m().removeGone}
                        <span class="visually-hidden"> {gone.name ?? gone.id}</span>
                      </button>
                    </>
                  )}
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
