import { For, Show } from 'solid-js';
import { listOf } from '../../i18n/plural.ts';
import type { AnswerValue, Question } from '../../domain/questions.ts';
import { choiceKey, handsFor, roomAnswer, type RoomVotes } from '../../domain/workshop/room-votes.ts';
import { locale, t } from '../app/i18n.ts';
import { choiceKeyLabel } from './hand-keys.ts';
import { votesMessages } from './votes.messages.ts';

type Props = {
  question: Question;
  prepared: AnswerValue | null;
  votes: RoomVotes;
  ready: boolean;
  stored: boolean;
  onHand: (value: AnswerValue, by: number) => void;
};

/** A prepared answer's show of hands: a bar per choice with its count written beside it, the case's answer marked. */
export function ShowOfHands(props: Props) {
  const v = () => t(votesMessages);
  const result = () => roomAnswer(props.question, props.prepared, props.votes);
  const label = (value: AnswerValue) => props.question.choices.find((c) => c.value === value)?.label ?? '';
  const share = (hands: number) => (result().most > 0 ? hands / result().most : 0);
  const outcome = () => {
    const r = result();
    if (r.outcome === 'no-votes') return v().noHands;
    if (r.outcome === 'tie')
      return v().tie(
        listOf(
          locale(),
          r.leaders.map((x) => v().quote(label(x))),
        ),
        r.most,
      );
    return r.room === r.prepared
      ? v().roomAgrees(label(r.room!), r.most, r.hands)
      : v().roomSays(label(r.room!), r.most, r.hands);
  };
  return (
    <section
      class="show-of-hands"
      classList={{ many: props.question.choices.length > 5, crowded: props.question.choices.length > 10 }}
      aria-labelledby="hands-title"
    >
      <h3 id="hands-title">{v().handsTitle}</h3>
      <p class="hands-hint muted">{v().handsHint}</p>
      <ol class="hand-bars">
        <For each={props.question.choices}>
          {(choice, i) => {
            const hands = () => handsFor(props.votes, props.question.id, choice.value);
            const leads = () => result().outcome !== 'no-votes' && result().leaders.includes(choice.value);
            return (
              <li
                data-choice={choiceKey(choice.value)}
                classList={{ prepared: choice.value === props.prepared, leads: leads() }}
              >
                <span class="hand-key">
                  <Show when={choiceKeyLabel(i())}>{(key) => <kbd>{key()}</kbd>}</Show>
                </span>
                <span class="hand-choice">
                  {choice.label}
                  <Show when={choice.value === props.prepared}>
                    {' '}
                    <span class="case-mark">({v().casesAnswer})</span>
                  </Show>
                </span>
                <span class="hand-bar" aria-hidden="true">
                  <span style={{ 'inline-size': `${share(hands()) * 100}%` }} />
                </span>
                <span class="hand-count">
                  <span aria-hidden="true">{hands()}</span>
                  <span class="visually-hidden">{v().hands(hands())}</span>
                </span>
                <span class="hand-buttons">
                  <button
                    type="button"
                    class="button"
                    aria-label={v().oneFewer(choice.label)}
                    disabled={!props.ready || hands() === 0}
                    onClick={() => props.onHand(choice.value, -1)}
                  >
                    −
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-label={v().oneMore(choice.label)}
                    disabled={!props.ready}
                    onClick={() => props.onHand(choice.value, 1)}
                  >
                    +
                  </button>
                </span>
              </li>
            );
          }}
        </For>
      </ol>
      <p class="hands-outcome" role="status">
        {outcome()}
      </p>
      <Show when={!props.stored}>
        <p class="hands-not-stored" role="alert">
          {v().notStored}
        </p>
      </Show>
    </section>
  );
}
