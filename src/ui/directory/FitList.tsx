import { For, Show } from 'solid-js';
import { signedPoints } from '../../domain/explain.ts';
import type { FitPart } from '../../domain/matching/fit-reasons.ts';
import { t } from '../app/i18n.ts';
import type { DirectoryEntry } from '../../domain/matching/filters.ts';
import { fitMessages } from './fit.messages.ts';
import { fitText } from './fit-text.ts';
import { MediatorCard } from './MediatorCard.tsx';

/** Ranked mediators, each with the parts that add up to its total; what one misses of the case's needs comes first. */
export function FitList(props: {
  matches: readonly {
    entry: DirectoryEntry;
    total: number;
    parts: readonly FitPart[];
    missing?: readonly FitPart[];
  }[];
  totalLabel: string;
  start?: number;
}) {
  return (
    <ol class="mediator-list ranked" start={props.start}>
      <For each={props.matches}>
        {(match) => (
          <li>
            <MediatorCard entry={match.entry}>
              <Show when={match.missing?.length}>
                <p class="fit-missing warn-text">
                  {t(fitMessages).misses(match.missing!.map((part) => fitText(part.reason)).join('; '))}
                </p>
              </Show>
              <p class="fit-total">
                {props.totalLabel} {match.total}
              </p>
              <ul class="fit-parts">
                <For each={match.parts}>
                  {(part) => (
                    <li classList={{ missing: part.need === 'missing' }}>
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
