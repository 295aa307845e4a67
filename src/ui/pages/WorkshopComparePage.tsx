import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { applyFlip } from '../../domain/workshop/flip.ts';
import {
  compareFragment,
  parseCompare,
  type CompareSide,
  type CompareState,
  type SideKey,
} from '../../domain/workshop/compare-fragment.ts';
import { findScenario, scenarioLibrary } from '../workshop/scenarios.ts';
import { compareRankings, movedOptions } from '../../domain/workshop/what-if.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { createFragment } from '../workshop/create-fragment.ts';
import { rankAnswers } from '../workshop/create-scenario-analysis.ts';
import { FlipPicker } from '../workshop/FlipPicker.tsx';
import { WORKSHOP_PATH } from '../workshop/paths.ts';
import { ScenarioBadges } from '../workshop/ScenarioBadges.tsx';
import { areaName, localText } from '../workshop/scenario-text.ts';
import { TopOptions } from '../workshop/TopOptions.tsx';
import { MovedList } from '../workshop/WhatMoved.tsx';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import { createPageTitle } from '../app/page-title.ts';
import '../styles/workshop.css';
import { punctuationMessages } from '../components/punctuation.messages.ts';

const SIDES: readonly SideKey[] = ['a', 'b'];
const SHOWN = 5;
const MOVES_SHOWN = 5;
const scenarioIds = scenarioLibrary.map((s) => s.id);

/** Before anything is chosen: the first scenario as prepared, and with its suggested flip. */
function defaultState(): Required<CompareState> {
  const first = scenarioLibrary[0]!;
  return { a: { scenarioId: first.id }, b: { scenarioId: first.id, flip: first.suggestedFlip } };
}

const rankSide = (side: CompareSide) => rankAnswers(applyFlip(findScenario(side.scenarioId)!.answers, side.flip));

/** Two scenarios, or one scenario with two different flips, side by side; the choice lives in the fragment. */
export default function WorkshopComparePage() {
  const m = () => t(workshopMessages);
  createPageTitle(() => m().compareTitle);
  const [fragment, setFragment] = createFragment();
  const state = createMemo((): Required<CompareState> => {
    const parsed = parseCompare(fragment(), scenarioIds, localizedData().questionnaire);
    const fallback = defaultState();
    return { a: parsed.a ?? fallback.a, b: parsed.b ?? fallback.b };
  });
  const setSide = (key: SideKey, side: CompareSide) => setFragment(compareFragment({ ...state(), [key]: side }));
  const analyses = createMemo(() => ({ a: rankSide(state().a), b: rankSide(state().b) }));
  const moves = createMemo(() => movedOptions(compareRankings(analyses().a, analyses().b)));

  return (
    <section class="page workshop-compare">
      <p class="small">
        <A href={WORKSHOP_PATH}>{m().backToLibrary}</A>
      </p>
      <h1>{m().compareTitle}</h1>
      <p class="lead">{m().compareLead}</p>
      <div class="compare-sides">
        <For each={SIDES}>
          {(key) => {
            const side = () => state()[key];
            const scenario = () => findScenario(side().scenarioId)!;
            const name = () => (key === 'a' ? m().sideA : m().sideB);
            return (
              <section class="compare-side" data-side={key} aria-labelledby={`side-${key}`}>
                <h2 id={`side-${key}`}>
                  {name()}
                  {t(punctuationMessages).colon}
                  {localText(scenario().title)}
                </h2>
                <ScenarioBadges area={areaName(scenario().area)} />
                <label class="flip-field">
                  <span>{m().scenario}</span>
                  <select data-compare="scenario" onChange={(e) => setSide(key, { scenarioId: e.currentTarget.value })}>
                    <For each={scenarioLibrary}>
                      {(s) => (
                        <option value={s.id} selected={s.id === side().scenarioId}>
                          {localText(s.title)}
                        </option>
                      )}
                    </For>
                  </select>
                </label>
                <FlipPicker
                  scenario={scenario()}
                  flip={side().flip}
                  onFlip={(flip) =>
                    setSide(key, flip ? { scenarioId: side().scenarioId, flip } : { scenarioId: side().scenarioId })
                  }
                />
                <TopOptions
                  analysis={analyses()[key]}
                  count={SHOWN}
                  reasons={1}
                  label={`${name()}: ${m().topOptions}`}
                />
              </section>
            );
          }}
        </For>
      </div>
      <Show when={state().a.scenarioId !== state().b.scenarioId || state().a.flip || state().b.flip}>
        <section class="compare-moves" aria-labelledby="compare-moves">
          <h2 id="compare-moves">{m().fromLeftToRight}</h2>
          <MovedList moves={moves()} limit={MOVES_SHOWN} />
        </section>
      </Show>
    </section>
  );
}
