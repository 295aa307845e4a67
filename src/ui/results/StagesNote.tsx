import { For, Show } from 'solid-js';
import type { Analysis } from '../../domain/analysis.ts';
import type { GoalId } from '../../domain/factors.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { formatList } from '../app/format.ts';
import { stagesMessages } from './stages.messages.ts';

/** The order the engine works in, for this case: what was ruled out, safety, essentials, scores, ties. */
export function StagesNote(props: { analysis: Analysis; rules: RulesPack }) {
  const m = () => t(stagesMessages);
  const ruledOut = () => props.analysis.options.filter((o) => !o.available).length;
  const leads = () => props.analysis.stageRules.filter((r) => r.kind === 'lead');
  const caps = () => props.analysis.stageRules.filter((r) => r.kind === 'cap');
  const essentials = (): GoalId[] =>
    (props.rules.essentials ?? [])
      .map((e) => e.goal)
      .filter((g) => props.analysis.options.some((o) => o.lacks.includes(g)));
  return (
    <details class="stages-note" data-testid="stages-note">
      <summary>{m().howRanked}</summary>
      <ol>
        <li>{m().stageGates(ruledOut())}</li>
        <Show when={leads().length}>
          <For each={leads()}>{(r) => <li>{r.reason}</li>}</For>
        </Show>
        <Show when={essentials().length}>
          <li>{m().stageEssentials(formatList(essentials().map((g) => props.rules.factors[g].label)))}</li>
        </Show>
        <li>
          {m().stageScores}
          <For each={caps()}>{(r) => <span class="muted"> {r.reason}</span>}</For>
        </li>
        <li>{m().stageTies(props.rules.scoring.tieMargin ?? 0)}</li>
      </ol>
    </details>
  );
}
