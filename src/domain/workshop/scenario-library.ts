// The scenario library that ships with the app: one JSON file per case in data/scenarios (add a file, add a line), in
// English; the page adds each locale's texts (src/ui/workshop/scenarios.ts), a Node tool or test reads it as it is.
import coParenting from '../../../data/scenarios/co-parenting.json' with { type: 'json' };
import designFault from '../../../data/scenarios/design-fault.json' with { type: 'json' };
import distributionAbroad from '../../../data/scenarios/distribution-abroad.json' with { type: 'json' };
import familyHouse from '../../../data/scenarios/family-house.json' with { type: 'json' };
import faultyEbike from '../../../data/scenarios/faulty-ebike.json' with { type: 'json' };
import foundersDeadlock from '../../../data/scenarios/founders-deadlock.json' with { type: 'json' };
import harbourBridge from '../../../data/scenarios/harbour-bridge.json' with { type: 'json' };
import hedgeAndWorkshop from '../../../data/scenarios/hedge-and-workshop.json' with { type: 'json' };
import housingPolicy from '../../../data/scenarios/housing-policy.json' with { type: 'json' };
import labTechnician from '../../../data/scenarios/lab-technician.json' with { type: 'json' };
import lateDeliveries from '../../../data/scenarios/late-deliveries.json' with { type: 'json' };
import leakedRecipe from '../../../data/scenarios/leaked-recipe.json' with { type: 'json' };
import rentReview from '../../../data/scenarios/rent-review.json' with { type: 'json' };
import softwareRoyalties from '../../../data/scenarios/software-royalties.json' with { type: 'json' };
import windPermits from '../../../data/scenarios/wind-permits.json' with { type: 'json' };
import { defaultQuestionnaire } from '../default-questionnaire.ts';
import { parseScenario, type Scenario, type ScenarioTranslations } from './scenario.ts';

export const RAW_SCENARIOS: readonly unknown[] = [
  coParenting,
  designFault,
  distributionAbroad,
  familyHouse,
  faultyEbike,
  foundersDeadlock,
  harbourBridge,
  hedgeAndWorkshop,
  housingPolicy,
  labTechnician,
  lateDeliveries,
  leakedRecipe,
  rentReview,
  softwareRoyalties,
  windPermits,
];

/** Every scenario with the given locales' texts; a scenario or translation that does not check stops the app. */
export function buildScenarioLibrary(translations: ScenarioTranslations = {}): Scenario[] {
  const problems: string[] = [];
  const scenarios = RAW_SCENARIOS.flatMap((raw) => {
    const result = parseScenario(raw, defaultQuestionnaire, translations);
    if (result.ok) return [result.scenario];
    problems.push(...result.problems);
    return [];
  });
  if (problems.length) throw new Error(`data/scenarios is invalid:\n${problems.join('\n')}`);
  return scenarios;
}

/** In English only. */
export const scenarioLibrary: readonly Scenario[] = buildScenarioLibrary();

export function findScenario(id: string): Scenario | undefined {
  return scenarioLibrary.find((s) => s.id === id);
}
