import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { costsMessages } from '../../results/costs.messages.ts';

export default {
  heading: 'Kosten und Dauer für diesen Fall',
  fees: 'Gerichts- oder Institutionsgebühren',
  partyCosts: 'Ihre eigenen Kosten',
  time: 'Dauer',
  settles: 'Endet mit Einigung',
  settleShare: (percent: string) => `in ${percent} der Fälle`,
  months: (range: string, high: number) => plural('de', high, { one: `${range} Monat`, other: `${range} Monate` }),
  shareOfTotal: (percent: string) => `im Durchschnitt ${percent} der Gesamtkosten`,
  'stat.mean': 'Mittelwert',
  'stat.median': 'Median',
  'stat.average': 'Durchschnitt',
  'stat.share': 'Anteil',
  'stat.scale': 'Gebührentabelle',
  figure: (stat: string, population: string, year: number) => `${stat}, ${population} (${year})`,
  sources: 'Quellen und Grundgesamtheiten',
  'why.needs-amount': 'Dafür braucht es den geforderten Betrag in Zahlen: Tragen Sie ihn im Arbeitsblatt ein.',
  'why.place-unknown': 'Hängt davon ab, wo der Streit entschieden würde.',
  'why.place-not-covered': 'Für diese Rechtsordnung wissen wir es nicht.',
  'why.no-source': 'Für diese Rechtsordnung wissen wir es nicht.',
  'why.not-for-this-case': 'Für einen Fall dieser Größe oder Art gibt es hier keine veröffentlichte Zahl.',
  leansLower: (reasons: string) => `In diesem Fall wahrscheinlich niedriger: ${reasons}.`,
  'lean.reluctant-side':
    'die Gegenseite zögert oder lehnt ab, und die veröffentlichten Quoten beziehen sich auf Fälle, in denen sich beide Seiten für eine Mediation entschieden haben',
  'lean.escalated': 'der Konflikt hat eine späte Eskalationsstufe erreicht (Glasl 7 bis 9)',
} satisfies TranslationOf<typeof costsMessages>;
