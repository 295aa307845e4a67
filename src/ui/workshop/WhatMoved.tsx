import { createMemo, For, Show } from 'solid-js';
import type { GateHit } from '../../domain/analysis.ts';
import { becauseText, signedPoints } from '../../domain/explain.ts';
import { choiceLabel, type Answers } from '../../domain/questions.ts';
import type { Flip } from '../../domain/workshop/flip.ts';
import { flipLesson, reasonsShown, type OptionMove, type ReasonDelta } from '../../domain/workshop/what-if.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { resultsMessages } from '../results/results.messages.ts';
import { questionLabel } from './FlipPicker.tsx';
import { workshopMessages } from './workshop.messages.ts';

type ListProps = {
  moves: readonly OptionMove[];
  /** How many moves to show after the options ruled out or in (those are always shown); the rest are counted. */
  limit?: number | undefined;
  /** How many changed reasons to show per move; the rest are counted, with what they add up to. */
  reasons?: number | undefined;
};

type Props = ListProps & { flip: Flip; answers: Answers };

const REASONS_SHOWN = 2;

/** Up or down by places, else by points. */
const direction = (move: OptionMove) => Math.sign(move.places || move.points);

/** "If the relationship were … instead of …", then what moved. */
export function WhatMoved(props: Props) {
  const m = () => t(workshopMessages);
  const question = () => localizedData().questionnaire.questions.find((q) => q.id === props.flip.questionId)!;
  const answerText = (value: Answers[string] | undefined) =>
    choiceLabel(question(), value) ?? (value === null ? m().notSure : m().unanswered);
  return (
    <div class="what-moved">
      <p class="flip-sentence">
        {m().ifInstead(
          questionLabel(question()),
          answerText(props.flip.value),
          answerText(props.answers[props.flip.questionId]),
        )}
      </p>
      <MovedList moves={props.moves} limit={props.limit} reasons={props.reasons} />
    </div>
  );
}

/**
 * What a change taught, in order: the options it ruled out, each with the gate's reason, and those it opened; then the
 * moves by size, each with the reasons that changed. The reasons shown, and the count of smaller ones, add up to the move.
 */
export function MovedList(props: ListProps) {
  const m = () => t(workshopMessages);
  const rules = () => localizedData().rules;
  const lesson = createMemo(() => flipLesson(props.moves));
  const shownMoves = () => lesson().moves.slice(0, props.limit ?? lesson().moves.length);
  const hiddenMoves = () => lesson().moves.length - shownMoves().length;
  const reasonText = (move: OptionMove, change: ReasonDelta) => {
    const contribution = change.after ?? change.before!;
    const phrase = t(resultsMessages).because(
      becauseText(rules(), move.id, contribution) ?? t(resultsMessages).baseDefault,
    );
    return m().reasonChange(
      phrase,
      signedPoints(change.points),
      m().reasonFromTo(signedPoints(change.before?.points ?? 0), signedPoints(change.after?.points ?? 0)),
    );
  };
  const nothing = () => !lesson().ruledOut.length && !lesson().ruledIn.length && !lesson().moves.length;

  return (
    <Show when={!nothing()} fallback={<p>{m().nothingMoved}</p>}>
      <ul class="moved-list" aria-label={m().whatMoved}>
        <For each={lesson().ruledOut}>{(move) => <GateChange move={move} out />}</For>
        <For each={lesson().ruledIn}>{(move) => <GateChange move={move} out={false} />}</For>
        <For each={shownMoves()}>
          {(move) => {
            const reasons = () => reasonsShown(move, props.reasons ?? REASONS_SHOWN);
            return (
              <li data-option={move.id}>
                <strong>{rules().options[move.id].name}</strong>{' '}
                <span class="moved" classList={{ up: direction(move) > 0, down: direction(move) < 0 }}>
                  {m().rankFromTo(move.before.sharedRank, move.after.sharedRank)},{' '}
                  {m().pointsChange(signedPoints(move.points))}
                </span>
                <ul class="moved-reasons">
                  <For each={reasons().shown}>{(change) => <li>{reasonText(move, change)}</li>}</For>
                  <Show when={reasons().hidden}>
                    <li class="smaller-reasons">
                      {m().smallerReasons(reasons().hidden, signedPoints(reasons().hiddenPoints))}
                    </li>
                  </Show>
                  <Show when={!move.reasons.length}>
                    <li class="muted">{m().movedByOthers}</li>
                  </Show>
                </ul>
              </li>
            );
          }}
        </For>
      </ul>
      <Show when={hiddenMoves()}>
        <p class="more-moves muted">{m().moreMoves(hiddenMoves())}</p>
      </Show>
    </Show>
  );
}

/** An option the change ruled out (and where it ranked) or opened (and where it ranks now), with each gate's reason in the rules' words. */
function GateChange(props: { move: OptionMove; out: boolean }) {
  const m = () => t(workshopMessages);
  const gates = (): readonly GateHit[] => (props.out ? props.move.gatesAdded : props.move.gatesLifted);
  return (
    <li data-option={props.move.id} class="gate-change" classList={{ 'ruled-out': props.out, 'ruled-in': !props.out }}>
      <strong>{localizedData().rules.options[props.move.id].name}</strong>{' '}
      <span class="moved" classList={{ down: props.out, up: !props.out }}>
        {props.out ? m().ruledOutWas(props.move.before.sharedRank) : m().ruledInNow(props.move.after.sharedRank)}
      </span>
      <ul class="moved-reasons gate-reasons">
        <For each={gates()}>{(gate) => <li data-gate={gate.gateId}>{gate.reason}</li>}</For>
      </ul>
    </li>
  );
}
