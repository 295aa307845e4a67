// The ways on compared in money and months: court, arbitration, and mediation first with court if it fails.
import { defineMessages } from '../../i18n/messages.ts';
import { plural } from '../../i18n/plural.ts';

export const pathsMessages = defineMessages('paths', {
  part: 'Ways on: court, arbitration or mediation first',
  lead: 'Compare what each way on is worth, in money and months, with the same best, probable and worst outcomes. Leave a way blank if it is not open to you. Court uses the costs and months above for any figure you do not give it here. Mediation first assumes court if the mediation fails: where a clause sends the case to arbitration, give Court the arbitration figures.',
  court: 'Court',
  arbitration: 'Arbitration',
  mediation: 'Mediation first, court if it fails',
  costsToCome: 'Costs still to come until a decision',
  months: 'Months to a decision',
  mediationCosts: 'This side’s cost of mediating (its share of the fees, and its advisers)',
  mediationMonths: 'Months until the mediation is over',
  settlePercent: 'Chance it settles, in %',
  settlePercentHint: 'Leave blank to use the published rate, where there is one.',
  settlement: 'The settlement this side expects in mediation',
  published: 'What published figures say for cases like this',
  compareTitle: 'What each way on is worth',
  compareLead:
    'Each value is the expected outcome, discounted for time as set above, less the costs to come; for mediation first, the settlement and court weighed by the chance of settling. A settlement now worth more than a way’s value is better than taking that way, on these money figures alone: they leave out how much risk each side can bear and what matters beyond money. For a side that pays, a higher value means paying less.',
  way: 'Way on',
  value: 'Value',
  costs: 'Costs to come',
  chance: (percent: string) => `chance of settling: ${percent}`,
  time: 'Time',
  notComputed: 'not worked out',
  atLeast: (value: string) => `at least ${value}`,
  range: (low: string, high: string) => `${low} to ${high}`,
  monthsValue: (n: string, count: number) => plural('en', count, { one: `${n} month`, other: `${n} months` }),
  monthsBoth: (settled: string, failed: string) => `${settled} if it settles, ${failed} if not`,
  best: (name: string, way: string, value: string) =>
    `On these figures alone, the way on worth most to ${name} is “${way}”, at ${value}. A settlement now worth more than that is better for ${name} than any way on.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}: the outcomes above cannot be weighed yet, so no way on is worked out.`,
  'note.not-entered': (name: string, way: string) => `${name}: no figures entered for “${way}”.`,
  unsaved: (name: string, way: string) =>
    `${name}: a figure typed for “${way}” was not saved (its field says why), so it is left out here.`,
  'note.court-needed': (name: string) =>
    `${name}: mediation first needs the figures for court, the way on if it fails: enter its costs or months, here or above.`,
  'note.costs-missing': (name: string, way: string) => `${name}: no costs entered for “${way}”, so they count as 0.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}: no months entered for “${way}”, so its time is not counted.`,
  'note.chance-missing': (name: string) =>
    `${name}: no chance of settling entered, and no published rate applies to this case, so mediation first is not worked out.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}: mediation first uses the published settlement figures, ${low} to ${high}, as no chance of this side’s own is entered (what each figure counts is under “What published figures say”).`,
  'note.settlement-missing': (name: string) =>
    `${name}: no settlement expected is entered, so mediation first shows the least it is worth (a settlement no better than going to court).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}: the settlement in mediation is taken as ${value}, the middle of the range both sides should accept on the figures entered for each: an assumption (splitting the difference), not a forecast.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}: the settlement expected is worth less than going to court after the mediation, so it counts as refused.`,
  chartTitle: (name: string) => `What each way on is worth to ${name}`,
  chartRange: 'The lighter part of a bar is the range the published settlement figures give.',
  withheld: (reasons: string) =>
    `The published settlement figures are not used for this case: ${reasons}. Enter a chance of settling of your own to value mediation first.`,
});
