import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

export const costsMessages = defineMessages('costs', {
  heading: 'Cost and time for this case',
  fees: 'Court or institution fees',
  partyCosts: 'Your own costs',
  time: 'Time',
  settles: 'Settles',
  settleShare: (percent: string) => `${percent} of cases`,
  /** A range "low–high" already formatted, or one value. */
  months: (range: string, high: number) => plural('en', high, { one: `${range} month`, other: `${range} months` }),
  shareOfTotal: (percent: string) => `on average ${percent} of the total cost`,
  'stat.mean': 'mean',
  'stat.median': 'median',
  'stat.average': 'average',
  'stat.share': 'share',
  'stat.scale': 'fee scale',
  figure: (stat: string, population: string, year: number) => `${stat}, ${population} (${year})`,
  sources: 'Sources and populations',
  'why.needs-amount': 'Needs the amount claimed in figures: enter it in the worksheet.',
  'why.place-unknown': 'Depends on where the dispute would be decided.',
  'why.place-not-covered': 'We don’t know for this jurisdiction.',
  'why.no-source': 'We don’t know for this jurisdiction.',
  'why.not-for-this-case': 'No published figure for a case of this size or kind here.',
  leansLower: (reasons: string) => `Likely lower for this case: ${reasons}.`,
  'lean.reluctant-side':
    'the other side is reluctant or refuses, and published rates are for cases both sides chose to mediate',
  'lean.escalated': 'the conflict has reached a late stage of escalation (Glasl 7 to 9)',
});
