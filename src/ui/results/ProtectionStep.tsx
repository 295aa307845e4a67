import { For, Show } from 'solid-js';
import type { ProtectionStep as Step } from '../../domain/analysis.ts';
import type { RulesPack } from '../../domain/rules-pack.ts';
import { t } from '../app/i18n.ts';
import { stagesMessages } from './stages.messages.ts';

/** Opens the results when someone's safety is at risk: protection before any choice of process. */
export function ProtectionStep(props: { step: Step; rules: RulesPack }) {
  const m = () => t(stagesMessages);
  return (
    <section
      class="protection-step"
      classList={{ urgent: props.step.urgent }}
      aria-labelledby="protection-title"
      data-testid="protection-step"
    >
      <h2 id="protection-title">{props.step.title}</h2>
      <p>{props.step.text}</p>
      <ul>
        <For each={props.step.steps}>{(s) => <li>{s}</li>}</For>
      </ul>
      <Show when={props.step.cite}>
        {(cite) => <p class="muted small">{m().source(props.rules.sources[cite()]?.citation ?? cite())}</p>}
      </Show>
    </section>
  );
}
