import { A, useParams } from '@solidjs/router';
import { For } from 'solid-js';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { QrCode } from '../components/QrCode.tsx';
import { scenarioPath } from '../workshop/paths.ts';
import { PreparedAnswers } from '../workshop/PreparedAnswers.tsx';
import { ScenarioGate } from '../workshop/ScenarioGate.tsx';
import { areaName, localText } from '../workshop/scenario-text.ts';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import '../styles/workshop.css';

/** Places on the handout for a participant's own ranking, before Olé's is revealed. */
const OWN_RANKING = [1, 2, 3];

export default function HandoutPage() {
  const params = useParams<{ scenarioId: string }>();
  return <ScenarioGate id={params.scenarioId}>{(scenario) => <Handout scenario={scenario()} />}</ScenarioGate>;
}

/** One printed page: the story, the prepared answers, and room to rank. Olé's ranking is left out so the room can guess first. */
function Handout(props: { scenario: Scenario }) {
  const m = () => t(workshopMessages);
  const url = () => new URL(scenarioPath(props.scenario.id), window.location.origin).href;
  return (
    <article class="page handout">
      <p class="actions no-print">
        <button type="button" class="button primary" onClick={() => window.print()}>
          {m().print}
        </button>
        <A class="button" href={scenarioPath(props.scenario.id)}>
          {localText(props.scenario.title)}
        </A>
      </p>
      <header class="handout-head">
        <div>
          <h1>{localText(props.scenario.title)}</h1>
          <p class="handout-kind">{m().fictionalScenario(areaName(props.scenario.area))}</p>
        </div>
        <figure class="handout-qr">
          <QrCode text={url()} label={m().qrLabel(localText(props.scenario.title))} />
          <figcaption>{m().followOnPhone}</figcaption>
        </figure>
      </header>
      <p class="narrative">{localText(props.scenario.narrative)}</p>
      <h2>{m().preparedAnswers}</h2>
      <PreparedAnswers scenario={props.scenario} class="handout-answers" />
      <h2>{m().yourRanking}</h2>
      <p>{m().yourRankingText}</p>
      <ol class="write-in">
        <For each={OWN_RANKING}>
          {() => (
            <li>
              <span class="write-line" />
              <span class="write-line">{m().why}</span>
            </li>
          )}
        </For>
      </ol>
      <h2>{m().yourFlip}</h2>
      <p>{m().yourFlipText}</p>
      <div class="write-in">
        <span class="write-line" />
        <span class="write-line" />
      </div>
    </article>
  );
}
