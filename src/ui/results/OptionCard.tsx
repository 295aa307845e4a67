import { For, Show } from 'solid-js';
import type { RankedOption } from '../../domain/analysis.ts';
import { becauseText, signedPoints } from '../../domain/explain.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { LazyDetails } from '../components/LazyDetails.tsx';
import { CostEstimate } from './CostEstimate.tsx';
import { OptionFacts } from './OptionFacts.tsx';
import type { ScoreBar } from './score-share.ts';
import { t } from '../app/i18n.ts';
import { resultsMessages } from './results.messages.ts';
import { stagesMessages } from './stages.messages.ts';
import { formatList } from '../app/format.ts';
import type { FactorProfile, GoalId } from '../../domain/factors.ts';

type Props = {
  option: RankedOption;
  rules: RulesPack;
  /** The case's factors: a figure is shown only to the population it describes. */
  profile: FactorProfile;
  /** Where the score bar sits, on one scale for every option shown. */
  bar: ScoreBar;
  /** Movement since the last what-if change: places up (positive) and points gained. */
  moved: { places: number; points: number };
  /** What "self" claims, from the worksheet: a fee scale needs the amount, not only its size. */
  claim?: { readonly value: number | undefined; readonly currency: string | undefined };
};

const MAX_SHOWN = 3;

function movedText(moved: { places: number; points: number }): string {
  const m = t(resultsMessages);
  const points = m.points(signedPoints(moved.points));
  if (moved.places > 0) return m.movedUp(moved.places, points);
  if (moved.places < 0) return m.movedDown(-moved.places, points);
  return points;
}

export function OptionCard(props: Props) {
  const m = () => t(resultsMessages);
  const info = () => props.rules.options[props.option.id];
  const reasons = () => ({
    pros: props.option.reasons.filter((r) => r.points > 0),
    cons: props.option.reasons.filter((r) => r.points < 0),
  });
  const sm = () => t(stagesMessages);
  // Named on an option that gives every essential goal, so a low score at the top of the list reads as it should.
  const delivers = () =>
    props.option.available && props.option.lacks.length === 0
      ? (props.rules.essentials ?? [])
          .filter((e) => props.profile[e.goal] === 3)
          .map((e) => props.rules.factors[e.goal].label)
      : [];
  const lacksText = (goal: GoalId) =>
    props.rules.essentials?.find((e) => e.goal === goal)?.lacks ?? props.rules.factors[goal].label;
  const phrase = (r: RankedOption['reasons'][number]) =>
    becauseText(props.rules, props.option.id, r) ?? m().baseDefault;

  return (
    <article class="option-card" aria-labelledby={`option-${props.option.id}`} data-option={props.option.id}>
      <header class="option-head">
        <span class="rank" classList={{ tied: props.option.tiedWith.length > 0 }} aria-hidden="true">
          {props.option.sharedRank}
        </span>
        <h2 id={`option-${props.option.id}`}>
          <span class="visually-hidden">{m().rank(props.option.sharedRank)}</span>
          {info().name}
        </h2>
        <Show when={props.moved.places !== 0 || props.moved.points !== 0}>
          <span class="moved" classList={{ up: props.moved.points > 0, down: props.moved.points < 0 }}>
            {movedText(props.moved)}
          </span>
        </Show>
      </header>
      <div class="score-row">
        <div class="score-bar" aria-hidden="true">
          <div
            class="score-fill"
            classList={{ negative: props.bar.negative }}
            style={{
              'inset-inline-start': `${(props.bar.start * 100).toFixed(1)}%`,
              width: `${(props.bar.length * 100).toFixed(1)}%`,
            }}
          />
        </div>
        <span class="score">{m().score(props.option.score)}</span>
      </div>
      <Show when={props.option.leads}>
        <p class="stage-line leads">{sm().leads}</p>
      </Show>
      <Show when={delivers().length}>
        <p class="stage-line delivers">{sm().delivers(formatList(delivers()))}</p>
      </Show>
      <For each={props.option.lacks}>
        {(goal) => <p class="stage-line lacks">{sm().lacks(info().name, lacksText(goal))}</p>}
      </For>
      <Show when={props.option.tiedWith.length}>
        <p class="stage-line tie">
          {sm().tiedWith(formatList(props.option.tiedWith.map((id) => props.rules.options[id].name)))}
        </p>
      </Show>
      <p class="summary">{info().summary}</p>
      <CostEstimate id={props.option.id} profile={props.profile} claim={props.claim} />
      <Show when={props.option.cautions.length}>
        <For each={props.option.cautions}>
          {(caution) => (
            <div class="notice warn caution" role="note">
              <strong>{m().caution}</strong> {caution.text}
              <Show when={caution.safeguards.length}>
                <ul>
                  <For each={caution.safeguards}>{(s) => <li>{s}</li>}</For>
                </ul>
              </Show>
            </div>
          )}
        </For>
      </Show>
      <div class="reasons">
        <Show when={reasons().pros.length}>
          <h3>{m().for}</h3>
          <ul class="pros">
            <For each={reasons().pros.slice(0, MAX_SHOWN)}>
              {(r) => (
                <li>
                  {m().because(phrase(r))} <span class="points">({signedPoints(r.points)})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <Show when={reasons().cons.length}>
          <h3>{m().against}</h3>
          <ul class="cons">
            <For each={reasons().cons.slice(0, MAX_SHOWN)}>
              {(r) => (
                <li>
                  {phrase(r)} <span class="points">({signedPoints(r.points)})</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
      <LazyDetails class="more" summary={m().allReasons}>
        <ul class="all-reasons">
          <For each={props.option.reasons}>
            {(r) => (
              <li>
                <span class="points">{signedPoints(r.points)}</span> {phrase(r)}
              </li>
            )}
          </For>
        </ul>
        <p class="muted">{m().addUpTo(props.option.score)}</p>
        <OptionFacts id={props.option.id} rules={props.rules} profile={props.profile} />
      </LazyDetails>
    </article>
  );
}
