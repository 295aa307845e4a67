import { For, Show } from 'solid-js';
import type { GateHit } from '../../domain/analysis.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import type { ExcludedOption, Together } from '../../domain/together/combine.ts';
import { formatNumber } from '../app/format.ts';
import { t } from '../app/i18n.ts';
import { togetherMessages } from './together.messages.ts';

/** The gates that close a process needing both sides' consent now when one side refuses. */
const CONSENT_GATES: ReadonlySet<string> = new Set([
  'refusal-consensual',
  'refusal-mediation',
  'refusal-expert',
  'refusal-without-clause',
  'refusal-off-platform',
]);

/** The options open to both, ranked on the lower score, with each side's own score and rank; then what either side's gates rule out. */
export function JointRanking(props: { together: Together; rules: RulesPack }) {
  const m = () => t(togetherMessages);
  const name = (id: keyof RulesPack['options']) => props.rules.options[id].name;
  // What one side's answers close off is what the two of you need to talk about; what both close off is kept folded.
  const oneSide = () => props.together.excluded.filter((option) => !option.a.length || !option.b.length);
  const bothSides = () => props.together.excluded.filter((option) => option.a.length && option.b.length);
  return (
    <section class="joint-ranking" aria-labelledby="joint-title">
      <h2 id="joint-title">{m().rankingTitle}</h2>
      <p class="how-combined">{m().howCombined}</p>
      <Show when={props.together.shared.length} fallback={<p class="notice warn">{m().noShared}</p>}>
        <ol class="joint-list" aria-label={m().jointOrder}>
          <For each={props.together.shared}>
            {(option) => (
              <li class="joint-item" data-option={option.id}>
                <h3>{name(option.id)}</h3>
                <p class="joint-score">{m().together(formatNumber(option.score))}</p>
                <ul class="each-side">
                  <li>{m().yourScore(formatNumber(option.a.score), formatNumber(option.a.rank))}</li>
                  <li>{m().theirScore(formatNumber(option.b.score), formatNumber(option.b.rank))}</li>
                </ul>
                <p class="muted small">
                  {option.limitedBy === 'a'
                    ? m().limitedByYou
                    : option.limitedBy === 'b'
                      ? m().limitedByThem
                      : m().limitedByBoth}
                </p>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show when={oneSide().length}>
        <h2>{m().excludedTitle}</h2>
        <p>{m().excludedLead}</p>
        <ExcludedList options={oneSide()} rules={props.rules} />
      </Show>
      <Show when={bothSides().length}>
        <details class="more">
          <summary>{m().bothExcluded(formatNumber(bothSides().length))}</summary>
          <ExcludedList options={bothSides()} rules={props.rules} />
        </details>
      </Show>
    </section>
  );
}

const reasons = (hits: readonly GateHit[]) => hits.map((hit) => hit.reason).join(' ');
const sameGates = (a: readonly GateHit[], b: readonly GateHit[]) =>
  a.map((hit) => hit.gateId).join() === b.map((hit) => hit.gateId).join();

/** Each option with the reasons from each side's answers, said once when both sides' answers give the same reasons. */
function ExcludedList(props: { options: readonly ExcludedOption[]; rules: RulesPack }) {
  const m = () => t(togetherMessages);
  return (
    <ul class="excluded-list">
      <For each={props.options}>
        {(option) => (
          <li data-option={option.id}>
            <strong>{props.rules.options[option.id].name}</strong>
            <Show when={[...option.a, ...option.b].some((hit) => CONSENT_GATES.has(hit.gateId))}>
              {' '}
              <span class="needs-both">{m().needsBoth}</span>
            </Show>
            <Show
              when={option.a.length && option.b.length && sameGates(option.a, option.b)}
              fallback={
                <>
                  <Show when={option.a.length}>
                    <p>
                      <span class="side-name">{m().fromYours}</span> {reasons(option.a)}
                    </p>
                  </Show>
                  <Show when={option.b.length}>
                    <p>
                      <span class="side-name">{m().fromTheirs}</span> {reasons(option.b)}
                    </p>
                  </Show>
                </>
              }
            >
              <p>
                <span class="side-name">{m().fromBoth}</span> {reasons(option.a)}
              </p>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
