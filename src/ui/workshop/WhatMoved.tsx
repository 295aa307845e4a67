import { For, Show } from 'solid-js';
import type { Contribution, GateHit } from '../../domain/analysis.ts';
import { becauseText, signedPoints } from '../../domain/explain.ts';
import { choiceLabel, type Answers } from '../../domain/questions.ts';
import type { Flip } from '../../domain/workshop/flip.ts';
import type { OptionMove, ReasonChange } from '../../domain/workshop/what-if.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { resultsMessages } from '../results/results.messages.ts';
import { questionLabel } from './FlipPicker.tsx';
import { workshopMessages } from './workshop.messages.ts';

type Props = { flip: Flip; answers: Answers; moves: readonly OptionMove[]; limit?: number };

const REASONS_SHOWN = 2;

/** Up or down by places, else by points. */
const direction = (move: OptionMove) => Math.sign(move.places || move.points);

/** "If the relationship were … instead of …", then what moved. */
export function WhatMoved(props: Props) {
  const m = () => t(workshopMessages);
  const question = () => localizedData().questionnaire.questions.find((q) => q.id === props.flip.questionId)!;
  const answerText = (value: Answers[string] | undefined) => choiceLabel(question(), value) ?? (value === null ? m().notSure : m().unanswered);
  return (
    <div class="what-moved">
      <p class="flip-sentence">{m().ifInstead(questionLabel(question()), answerText(props.flip.value), answerText(props.answers[props.flip.questionId]))}</p>
      <MovedList moves={props.moves} limit={props.limit} />
    </div>
  );
}

/** Each option that moved, by how much, and the reasons whose points changed or the gates that closed or opened. */
export function MovedList(props: { moves: readonly OptionMove[]; limit?: number | undefined }) {
  const m = () => t(workshopMessages);
  const rules = () => localizedData().rules;
  const reasonText = (move: OptionMove, change: ReasonChange) => {
    const contribution: Contribution = change.after ?? change.before!;
    const phrase = becauseText(rules(), move.id, contribution) ?? t(resultsMessages).baseDefault;
    return `${phrase} (${m().reasonFromTo(signedPoints(change.before?.points ?? 0), signedPoints(change.after?.points ?? 0))})`;
  };
  const shown = () => props.moves.slice(0, props.limit ?? props.moves.length);

  return (
    <Show when={shown().length} fallback={<p>{m().nothingMoved}</p>}>
      <ul class="moved-list" aria-label={m().whatMoved}>
        <For each={shown()}>
          {(move) => (
            <li data-option={move.id}>
              <strong>{rules().options[move.id].name}</strong>{' '}
              <span class="moved" classList={{ up: direction(move) > 0, down: direction(move) < 0 }}>
                {m().rankFromTo(move.before.rank, move.after.rank)}, {m().pointsChange(signedPoints(move.points))}
              </span>
              <ul class="moved-reasons">
                <For each={move.reasons.slice(0, REASONS_SHOWN)}>{(change) => <li>{reasonText(move, change)}</li>}</For>
                <GateLines label={m().nowRuledOut} gates={move.gatesAdded} />
                <GateLines label={m().noLongerRuledOut} gates={move.gatesLifted} />
              </ul>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

/** One line per gate that closed or opened, each led by what happened to it. */
function GateLines(props: { label: string; gates: readonly GateHit[] }) {
  return (
    <For each={props.gates}>
      {(gate) => (
        <li>
          <strong>{props.label}</strong> {gate.reason}
        </li>
      )}
    </For>
  );
}
