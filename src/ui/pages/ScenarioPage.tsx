import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { RankedOption } from '../../domain/analysis.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { localizedData } from '../app/localized-data.ts';
import { OptionCard } from '../results/OptionCard.tsx';
import { makeScoreBar } from '../results/score-share.ts';
import { createFragmentFlip } from '../workshop/create-fragment-flip.ts';
import { createScenarioAnalysis } from '../workshop/create-scenario-analysis.ts';
import { FlipPicker } from '../workshop/FlipPicker.tsx';
import { handoutPath, presentPath, WORKSHOP_PATH } from '../workshop/paths.ts';
import { PreparedAnswers } from '../workshop/PreparedAnswers.tsx';
import { ScenarioBadges } from '../workshop/ScenarioBadges.tsx';
import { ScenarioGate } from '../workshop/ScenarioGate.tsx';
import { areaName, localText } from '../workshop/scenario-text.ts';
import { WhatMoved } from '../workshop/WhatMoved.tsx';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import '../styles/workshop.css';

/** Options shown on a phone: enough to discuss, short enough to scroll past. */
const SHOWN = 5;

/** What a participant opens from the QR code: the story, the answers, the ranking, and their own flips. */
export default function ScenarioPage() {
  const params = useParams<{ scenarioId: string }>();
  return <ScenarioGate id={params.scenarioId}>{(scenario) => <ParticipantView scenario={scenario()} />}</ScenarioGate>;
}

function ParticipantView(props: { scenario: Scenario }) {
  const m = () => t(workshopMessages);
  const [flip, setFlip] = createFragmentFlip();
  const analysis = createScenarioAnalysis(() => props.scenario, flip);
  const available = () => analysis.current().options.filter((o) => o.available);
  const bar = (option: RankedOption) => makeScoreBar(available(), option.score);
  const moved = (option: RankedOption) => {
    const move = analysis.moves().find((x) => x.id === option.id);
    return move ? { places: move.places, points: move.points } : { places: 0, points: 0 };
  };

  return (
    <article class="page scenario-view">
      <p class="small">
        <A href={WORKSHOP_PATH}>{m().backToLibrary}</A>
      </p>
      <h1>{localText(props.scenario.title)}</h1>
      <ScenarioBadges area={areaName(props.scenario.area)} />
      <p class="narrative">{localText(props.scenario.narrative)}</p>
      <p class="actions">
        <A class="button" href={presentPath(props.scenario.id)}>
          {m().present}
        </A>
        <A class="button" href={handoutPath(props.scenario.id)}>
          {m().handout}
        </A>
      </p>

      <h2>{m().preparedAnswers}</h2>
      <PreparedAnswers scenario={props.scenario} flip={flip()} />

      <h2>{m().ranking}</h2>
      <p class="muted">
        {m().rankingLead} {localizedData().rules.ratingsLabel}
      </p>
      <ol class="option-list" aria-label={t(workshopMessages).ranking}>
        <For each={available().slice(0, SHOWN)}>
          {(option) => (
            <li>
              <OptionCard
                option={option}
                rules={localizedData().rules}
                profile={analysis.profile()}
                bar={bar(option)}
                moved={moved(option)}
              />
            </li>
          )}
        </For>
      </ol>

      <h2>{m().tryFlip}</h2>
      <p>{m().tryFlipText}</p>
      <FlipPicker scenario={props.scenario} flip={flip()} onFlip={setFlip} />
      <Show when={flip()}>
        {(current) => (
          <section aria-label={m().whatMoved} class="flip-result">
            <WhatMoved flip={current()} answers={props.scenario.answers} moves={analysis.moves()} />
          </section>
        )}
      </Show>
    </article>
  );
}
