import { For } from 'solid-js';
import type { AnswerValue, Answers, Question, Questionnaire } from '../../domain/questions.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { LazyDetails } from '../components/LazyDetails.tsx';
import { t } from '../app/i18n.ts';
import { resultsMessages } from './results.messages.ts';

type Props = {
  questionnaire: Questionnaire;
  rules: RulesPack;
  visible: readonly Question[];
  answers: Answers;
  onChange: (questionId: string, value: AnswerValue | null) => void;
};

const UNSURE = '';
// What each side wants (the relationship, control) is what people flip most; the rest opens on demand.
const OPEN_SECTION = 'interests';

/** Every answer as a compact control: change one and the ranking above moves at once. */
export function WhatIfPanel(props: Props) {
  const label = (q: Question) => (q.factor ? props.rules.factors[q.factor].label : q.text);
  const encode = (value: AnswerValue | null | undefined) => (value == null ? UNSURE : JSON.stringify(value));

  return (
    <div class="what-if">
      <For each={props.questionnaire.sections}>
        {(section) => (
          <LazyDetails open={section.id === OPEN_SECTION} summary={section.title}>
            <div class="what-if-grid">
              <For each={props.visible.filter((q) => q.section === section.id)}>
                {(q) => (
                  <label class="what-if-item">
                    <span title={q.text}>{label(q)}</span>
                    <select
                      data-question={q.id}
                      onChange={(event) => {
                        const raw = event.currentTarget.value;
                        props.onChange(q.id, raw === UNSURE ? null : (JSON.parse(raw) as AnswerValue));
                      }}
                    >
                      <option value={UNSURE} selected={props.answers[q.id] == null}>
                        {t(resultsMessages).notSure}
                      </option>
                      <For each={q.choices}>
                        {(c) => (
                          <option value={encode(c.value)} selected={props.answers[q.id] === c.value}>
                            {c.label}
                          </option>
                        )}
                      </For>
                    </select>
                  </label>
                )}
              </For>
            </div>
          </LazyDetails>
        )}
      </For>
    </div>
  );
}
