import { Show } from 'solid-js';
import { GLASL_STAGES, glaslPhase, isGlaslStage } from '../../domain/worksheet/glasl.ts';
import type { AnswerValue } from '../../domain/questions.ts';
import { t } from '../app/i18n.ts';
import { worksheetMessages } from './worksheet.messages.ts';

/** The escalation question of the questionnaire itself, so the stage is answered in one place only. */
export const ESCALATION_QUESTION = 'q.escalation';

export function EscalationPart(props: {
  answer: AnswerValue | null | undefined;
  onAnswer: (value: number | null) => void;
}) {
  const m = () => t(worksheetMessages);
  const stage = () => (isGlaslStage(props.answer) ? props.answer : undefined);
  return (
    <>
      <p class="muted">{m().escalationLead}</p>
      <div class="field">
        <label for="ws-escalation-stage">{m().escalationLabel}</label>
        <select
          id="ws-escalation-stage"
          value={stage() ?? ''}
          aria-describedby={stage() ? 'ws-escalation-text' : undefined}
          onChange={(e) => props.onAnswer(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
        >
          <option value="">{m().notSure}</option>
          {GLASL_STAGES.map((n) => (
            <option value={n}>{`${n}. ${m().stage(n).split(':')[0]}`}</option>
          ))}
        </select>
      </div>
      <Show when={stage()}>
        {(n) => (
          <p id="ws-escalation-text" class="ws-stage" data-phase={glaslPhase(n())}>
            <strong>{m().phase(glaslPhase(n()))}.</strong> {m().stage(n())}
          </p>
        )}
      </Show>
    </>
  );
}

/** Read-only, for the report. */
export function EscalationSummary(props: { answer: AnswerValue | null | undefined }) {
  const m = () => t(worksheetMessages);
  return (
    <Show when={isGlaslStage(props.answer) ? props.answer : undefined} fallback={<p class="muted">{m().notFilled}</p>}>
      {(n) => (
        <p>
          <strong>
            {n()}. {m().phase(glaslPhase(n()))}.
          </strong>{' '}
          {m().stage(n())}
        </p>
      )}
    </Show>
  );
}
