import { For } from 'solid-js';
import { signedPoints } from '../../domain/explain.ts';
import type { FitPart } from '../../domain/matching/fit.ts';
import type { RegistryEntry } from './create-registry-view.ts';
import { fitText } from './fit-text.ts';
import { MediatorCard } from './MediatorCard.tsx';

/** Ranked mediators, each with the parts that add up to its total. */
export function FitList(props: {
  matches: readonly { entry: RegistryEntry; total: number; parts: readonly FitPart[] }[];
  totalLabel: string;
}) {
  return (
    <ol class="mediator-list ranked">
      <For each={props.matches}>
        {(match) => (
          <li>
            <MediatorCard entry={match.entry}>
              <p class="fit-total">
                {props.totalLabel} {match.total}
              </p>
              <ul class="fit-parts">
                <For each={match.parts}>
                  {(part) => (
                    <li>
                      {fitText(part.reason)} <span class="points">({signedPoints(part.points)})</span>
                    </li>
                  )}
                </For>
              </ul>
            </MediatorCard>
          </li>
        )}
      </For>
    </ol>
  );
}
