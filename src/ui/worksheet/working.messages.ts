// The assessment's working (expected value, discount, costs to come), its warnings, and the choice to discount costs.
import { defineMessages } from '../../i18n/messages.ts';

export const workingMessages = defineMessages('working', {
  title: 'How the value of going on is worked out',
  expected: 'Expected outcome (each outcome weighed by its probability)',
  factor: 'Discount factor for time',
  expectedToday: 'Expected outcome, discounted to today',
  costsNotDiscounted: 'Less the costs to come, not discounted',
  costsDiscounted: 'Less the costs to come, discounted',
  value: 'Value of going on',
  nothingDiscounted: 'No yearly discount is set, so nothing is discounted for time.',
  outcomeOnly: (rate: string) =>
    `At ${rate} a year over each side’s months to a decision, only the expected outcome is discounted. The costs to come are taken off as entered, since they are spent along the way.`,
  costsToo: (rate: string) =>
    `At ${rate} a year over each side’s months to a decision, both the expected outcome and the costs to come are discounted, as if the costs were all paid at the decision.`,
  discountCosts: 'Discount the costs to come too',
  discountCostsHint:
    'Off: costs are counted in full, as they are spent along the way. On: they are discounted like the outcome, which counts them as if paid at the decision.',
  flipped: (name: string, costs: string, expected: string, pays: string) =>
    `Warning: for ${name}, the costs to come (${costs}) are more than the expected outcome (${expected}), so going on is expected to cost money overall. Even paying up to ${pays} to settle would leave ${name} better off than going on.`,
  negative: (name: string, pays: string) =>
    `For ${name}, going on is expected to cost money overall. Paying less than ${pays} to settle would leave ${name} better off than going on.`,
  unsaved: 'A figure typed above was not saved (its field says why). The figures here use what was saved before it.',
  unsavedAmount: (name: string, outcome: string) =>
    `${name}: the amount typed for ${outcome} was not saved (its field says why), so the value is not worked out.`,
  unsavedProbability: (name: string, outcome: string) =>
    `${name}: the probability typed for ${outcome} was not saved (its field says why), so the value is not worked out.`,
});
