import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { findScenario } from './scenarios.ts';
import type { Scenario } from '../../domain/workshop/scenario.ts';
import { t } from '../app/i18n.ts';
import { WORKSHOP_PATH } from './paths.ts';
import { localText } from './scenario-text.ts';
import { workshopMessages } from './workshop.messages.ts';
import { createPageTitle } from '../app/page-title.ts';

/** Renders its children with the scenario named in the address, or says plainly that there is none. */
export function ScenarioGate(props: { id: string; children: (scenario: () => Scenario) => JSX.Element }) {
  const m = () => t(workshopMessages);
  const scenario = () => findScenario(props.id);
  // The scenario's title names the tab for its participant, presenter and handout views alike.
  createPageTitle(() => {
    const found = scenario();
    return found ? localText(found.title) : m().notFound;
  });
  return (
    <Show
      when={scenario()}
      keyed
      fallback={
        <section class="page">
          <h1>{m().notFound}</h1>
          <p>{m().notFoundText}</p>
          <p>
            <A href={WORKSHOP_PATH}>{m().backToLibrary}</A>
          </p>
        </section>
      }
    >
      {(found) => props.children(() => found)}
    </Show>
  );
}
