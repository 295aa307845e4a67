import { createMemo, createSignal, For, Show } from 'solid-js';
import { choiceLabel, type AnswerValue, type Question } from '../../domain/questions.ts';
import { roomResult, type RoomAnswer } from '../../domain/workshop/room-votes.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { compareRankings, movedOptions } from '../../domain/workshop/what-if.ts';
import { listOf } from '../../i18n/plural.ts';
import { locale, t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import type { RoomVotesState } from './create-room-votes.ts';
import { rankAnswers } from './create-scenario-analysis.ts';
import { questionLabel } from './FlipPicker.tsx';
import { TopOptions } from './TopOptions.tsx';
import { votesMessages } from './votes.messages.ts';
import { MovedList } from './WhatMoved.tsx';
import { workshopMessages } from './workshop.messages.ts';

type Props = {
  scenario: Scenario;
  room: RoomVotesState;
  /** Options in each ranking, and moves told after the options ruled out or in. */
  top: number;
  moves: number;
  /** Answers that differ (or were tied) listed; the rest are counted. */
  answers: number;
  onExport: () => void;
};

/** The room's answers ranked beside the case's: both rankings, the answers that differ, and what that moved and why. */
export function RoomRanking(props: Props) {
  const v = () => t(votesMessages);
  const m = () => t(workshopMessages);
  const result = createMemo(() => roomResult(props.scenario, localizedData().questionnaire, props.room.votes()));
  const caseRanking = createMemo(() => rankAnswers(props.scenario.answers));
  const roomRanking = createMemo(() => rankAnswers(result().answers));
  const moves = createMemo(() => movedOptions(compareRankings(caseRanking(), roomRanking())));
  const said = (q: Question, value: AnswerValue | null) => choiceLabel(q, value) ?? m().notSure;
  /** The answers that differ, then the ties (which keep the prepared answer, so never differ). */
  const told = () => [...result().differs, ...result().ties];
  const line = (answer: RoomAnswer) =>
    answer.outcome === 'tie'
      ? v().tieKept(
          questionLabel(answer.question),
          listOf(
            locale(),
            answer.leaders.map((x) => v().quote(said(answer.question, x))),
          ),
          said(answer.question, answer.prepared),
        )
      : v().differs(
          questionLabel(answer.question),
          said(answer.question, answer.room),
          said(answer.question, answer.prepared),
        );

  return (
    <div class="slide-room">
      <h2>{v().roomTitle}</h2>
      <Show
        when={result().hands > 0}
        fallback={
          <>
            <p class="room-empty">{v().noVotesYet}</p>
            <RoomActions room={props.room} hands={0} onExport={props.onExport} />
          </>
        }
      >
        <div class="room-columns">
          <div>
            <div class="room-rankings">
              <div>
                <h3>{v().roomRanking}</h3>
                <TopOptions analysis={roomRanking()} count={props.top} reasons={0} label={v().roomRanking} />
              </div>
              <div>
                <h3>{v().caseRanking}</h3>
                <TopOptions analysis={caseRanking()} count={props.top} reasons={0} label={v().caseRanking} />
              </div>
            </div>
            <RoomActions room={props.room} hands={result().hands} onExport={props.onExport} />
          </div>
          <div class="room-why">
            <h3>{v().whatDiffers}</h3>
            <p class="room-lead">
              {result().differs.length ? v().answeredDifferently(result().differs.length) : v().sameAnswers}
            </p>
            <Show when={told().length}>
              <ul class="room-answers">
                <For each={told().slice(0, props.answers)}>
                  {(answer) => (
                    <li data-question={answer.question.id} classList={{ tie: answer.outcome === 'tie' }}>
                      {line(answer)}
                      <Show when={result().skipped.includes(answer)}>
                        <span class="muted">: {v().skipped}</span>
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={told().length > props.answers}>
                <p class="room-more muted">{v().moreAnswers(told().length - props.answers)}</p>
              </Show>
              <Show when={result().differs.length}>
                <p class="room-lead">{v().fromCaseToRoom}</p>
                <MovedList moves={moves()} limit={props.moves} />
              </Show>
            </Show>
          </div>
        </div>
      </Show>
    </div>
  );
}

/** Export every scenario's votes for the trainer's records; clear this scenario's, after a second word. */
function RoomActions(props: { room: RoomVotesState; hands: number; onExport: () => void }) {
  const v = () => t(votesMessages);
  const [asking, setAsking] = createSignal(false);
  return (
    <div class="room-actions">
      <p class="room-total">{v().handsRecorded(props.hands)}</p>
      <button type="button" class="button" onClick={() => props.onExport()}>
        {v().exportVotes}
      </button>
      <Show
        when={asking()}
        fallback={
          <button
            type="button"
            class="button"
            disabled={!props.hands || !props.room.ready()}
            onClick={() => setAsking(true)}
          >
            {v().clearVotes}
          </button>
        }
      >
        {/* biome-ignore lint/a11y/useSemanticElements: a question and its two answers, not a form section */}
        <span class="room-clear" role="group" aria-label={v().clearVotes}>
          <span>{v().clearAsk(props.hands)}</span>{' '}
          <button
            type="button"
            class="button danger"
            onClick={() => {
              setAsking(false);
              void props.room.clear();
            }}
          >
            {v().clearYes}
          </button>{' '}
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {v().clearNo}
          </button>
        </span>
      </Show>
      <p class="room-export-note muted">{v().exportNote}</p>
    </div>
  );
}
