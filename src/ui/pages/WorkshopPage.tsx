import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { scenarioLibrary } from '../workshop/scenarios.ts';
import { WORKSHOP_AREAS } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { COMPARE_PATH, GUIDE_PATH, handoutPath, presentPath, scenarioPath } from '../workshop/paths.ts';
import { ScenarioBadges } from '../workshop/ScenarioBadges.tsx';
import { areaName, localText } from '../workshop/scenario-text.ts';
import { guideMessages } from '../workshop/guide.messages.ts';
import { workshopMessages } from '../workshop/workshop.messages.ts';
import { createPageTitle } from '../app/page-title.ts';
import '../styles/workshop.css';

/** The narrative's first sentence: enough to choose a scenario by. */
const firstSentence = (text: string) => /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export default function WorkshopPage() {
  const m = () => t(workshopMessages);
  createPageTitle(() => m().title);
  const areas = WORKSHOP_AREAS.filter((area) => scenarioLibrary.some((s) => s.area === area));
  return (
    <section class="page workshop-library">
      <h1>{m().title}</h1>
      <p class="lead">{m().lead}</p>
      <p class="notice" role="note">
        {m().fictionalNotice}
      </p>
      <p class="actions">
        <A class="button" href={GUIDE_PATH}>
          {t(guideMessages).link}
        </A>
        <A class="button" href={COMPARE_PATH}>
          {m().compareLink}
        </A>
      </p>
      <For each={areas}>
        {(area) => (
          <section class="scenario-area" aria-labelledby={`area-${area}`}>
            <h2 id={`area-${area}`}>{areaName(area)}</h2>
            <ul class="scenario-cards">
              <For each={scenarioLibrary.filter((s) => s.area === area)}>
                {(scenario) => (
                  <li class="scenario-card" data-scenario={scenario.id}>
                    <h3>
                      <A href={scenarioPath(scenario.id)}>{localText(scenario.title)}</A>
                    </h3>
                    <ScenarioBadges area={areaName(scenario.area)} />
                    <p>{firstSentence(localText(scenario.narrative))}</p>
                    <p class="actions">
                      <A class="button primary" href={presentPath(scenario.id)}>
                        {m().present}
                        <span class="visually-hidden">: {localText(scenario.title)}</span>
                      </A>
                      <A class="button" href={handoutPath(scenario.id)}>
                        {m().handout}
                        <span class="visually-hidden">: {localText(scenario.title)}</span>
                      </A>
                    </p>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </For>
    </section>
  );
}
