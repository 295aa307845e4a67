import { For, Show } from 'solid-js';
import type { OptionMove } from '../../domain/workshop/what-if.ts';
import { choiceLabel, type Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { MovedList } from '../workshop/WhatMoved.tsx';
import type { WhatIf } from './create-what-if.ts';
import { resultsMessages } from './results.messages.ts';
import { whatIfMessages } from './what-if.messages.ts';

type Props = {
  whatIf: WhatIf;
  moves: readonly OptionMove[];
  questionnaire: Questionnaire;
  rules: RulesPack;
  /** The banner's element, so a what-if started further down the page can bring it into view. */
  ref?: (element: HTMLElement) => void;
  /** Where focus goes once the what-if is left without keeping it. */
  onBack: () => void;
};

/**
 * Above the ranking while a what-if is open: which answers it tries instead of the stored ones, what moved and why,
 * and the choice to keep them or go back. After a keep, one line says so and offers to undo it.
 */
export function WhatIfBanner(props: Props) {
  const m = () => t(whatIfMessages);
  let keptNotice: HTMLParagraphElement | undefined;
  const keep = async () => {
    await props.whatIf.keep();
    keptNotice?.focus(); // the buttons just pressed are gone; the undo is next to where they were
  };
  const back = () => {
    props.whatIf.back();
    props.onBack();
  };
  const answerText = (questionId: string, value: unknown) => {
    const question = props.questionnaire.questions.find((q) => q.id === questionId);
    if (value === undefined) return m().unanswered;
    return (question && choiceLabel(question, value as never)) ?? t(resultsMessages).notSure;
  };
  const questionText = (questionId: string) =>
    props.questionnaire.questions.find((q) => q.id === questionId)?.text ?? questionId;
  // Named only when the what-if changes which option comes first.
  const first = () => {
    const now = props.moves.find((move) => move.after.available);
    return now && now.before.rank !== now.after.rank ? now : undefined;
  };

  return (
    <Show
      when={props.whatIf.active()}
      fallback={
        <Show when={props.whatIf.kept()}>
          {(kept) => (
            <p class="notice success what-if-kept" role="status" tabindex="-1" ref={keptNotice}>
              {m().kept(kept().length)}{' '}
              <button type="button" class="button small" onClick={() => void props.whatIf.undo()}>
                {m().undo}
              </button>
            </p>
          )}
        </Show>
      }
    >
      <section class="what-if-banner" tabindex="-1" aria-labelledby="what-if-title" ref={props.ref}>
        <h2 id="what-if-title">{m().title}</h2>
        <ul class="what-if-tried">
          <For each={props.whatIf.tried()}>
            {(change) => (
              <li>
                {change.stored === undefined
                  ? m().triedUnanswered(questionText(change.questionId), answerText(change.questionId, change.tried))
                  : m().tried(
                      questionText(change.questionId),
                      answerText(change.questionId, change.stored),
                      answerText(change.questionId, change.tried),
                    )}
              </li>
            )}
          </For>
        </ul>
        <Show when={first()}>
          {(move) => <p class="what-if-first">{m().nowFirst(props.rules.options[move().id].name)}</p>}
        </Show>
        <WhatIfActions whatIf={props.whatIf} onKeep={keep} onBack={back} />
        <p class="muted small">{m().notSaved(props.whatIf.tried().length)}</p>
        <details class="what-if-moves" open>
          <summary>{m().whatMoved}</summary>
          <MovedList moves={props.moves} limit={3} />
        </details>
      </section>
    </Show>
  );
}

/** Keep or go back: the same two choices wherever a what-if is made. */
export function WhatIfActions(props: {
  whatIf: WhatIf;
  onKeep: () => void;
  onBack: () => void;
  onSeeRanking?: () => void;
}) {
  const m = () => t(whatIfMessages);
  return (
    <p class="what-if-actions">
      <button type="button" class="button primary" onClick={() => props.onKeep()}>
        {m().keep(props.whatIf.tried().length)}
      </button>{' '}
      <button type="button" class="button" onClick={() => props.onBack()}>
        {m().back}
      </button>
      <Show when={props.onSeeRanking}>
        {(see) => (
          <>
            {' '}
            <button type="button" class="button" onClick={() => see()()}>
              {m().seeRanking}
            </button>
          </>
        )}
      </Show>
    </p>
  );
}
