import { For, Show, type JSX } from 'solid-js';
import type { FactorProfile } from '../../domain/factors.ts';
import { placeNotes, type PlaceNote } from '../../domain/place-notes.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { formatDay } from '../app/format.ts';
import { stagesMessages } from './stages.messages.ts';

function NoteItem(props: { label: JSX.Element; text: string; cite: string }) {
  return (
    <li>
      {props.label} {props.text}
      <Show when={props.cite}>
        <cite>{props.cite}</cite>
      </Show>
    </li>
  );
}

/** What the place where the dispute would be decided means for this case, each note with its source and year. */
export function PlaceNotes(props: { rules: RulesPack; profile: FactorProfile }) {
  const m = () => t(stagesMessages);
  const notes = () => placeNotes(props.rules, props.profile);
  const cite = (note: PlaceNote) => (note.citation ? m().source(`${note.citation} (${note.year})`) : '');
  const treatyText = (note: PlaceNote) =>
    note.party === true
      ? m().treatyParty(note.since ? String(note.since) : '')
      : note.party === false
        ? m().treatyNotParty
        : m().treatyUnknown;
  return (
    <section class="place-notes" aria-labelledby="place-title" data-testid="place-notes">
      {(() => {
        const n = notes();
        if (!n.known) {
          return (
            <>
              <h2 id="place-title">{m().placeUnknown}</h2>
              <p>{n.other ? m().placeOtherText : m().placeUnknownText}</p>
            </>
          );
        }
        return (
          <>
            <h2 id="place-title">{m().placeTitle(props.rules.places?.[n.id]?.name ?? n.name)}</h2>
            <ul class="place-list">
              <For each={n.notes.filter((x) => x.kind !== 'treaty')}>
                {(note) => (
                  <NoteItem
                    label={<strong>{m().labelled(m()[`note.${note.kind}`])}</strong>}
                    text={note.text ?? ''}
                    cite={cite(note)}
                  />
                )}
              </For>
            </ul>
            <Show when={n.notes.some((x) => x.kind === 'treaty')}>
              <ul class="place-list treaties">
                <For each={n.notes.filter((x) => x.kind === 'treaty')}>
                  {(note) => (
                    <NoteItem
                      label={m().labelled(m()[`treaty.${note.treaty!}`])}
                      text={treatyText(note)}
                      cite={cite(note)}
                    />
                  )}
                </For>
              </ul>
            </Show>
            <p class="muted small">{m().placeChecked(formatDay(n.checked))}</p>
          </>
        );
      })()}
    </section>
  );
}
