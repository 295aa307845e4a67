import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { resultsMessages } from '../../results/results.messages.ts';

/** Ranks moved: "1 Rang", "2 Ränge". */
const ranks = (places: number) => plural('de', places, { one: `${places} Rang`, other: `${places} Ränge` });

export default {
  title: 'Wege zur Beilegung Ihrer Streitigkeit',
  lead: 'Das am besten passende Verfahren zuerst. Jede Punktzahl ist die Summe der dabei angezeigten Gründe. Die Rangfolge ist eine eigene Ergänzung von Olé zum Arbeitsblatt zur Fallanalyse des IMI.',
  roughRanking: (answered: number, total: number) =>
    `Sie haben ${answered} von ${total} Fragen beantwortet, daher ist diese Rangfolge nur eine grobe Einschätzung.`,
  answerMore: 'Weitere Fragen beantworten',
  optionsBestFirst: 'Verfügbare Verfahren, das beste zuerst',
  optionsByCost: 'Verfügbare Verfahren, niedrigste übliche Kosten zuerst',
  optionsByTime: 'Verfügbare Verfahren, das schnellste zuerst',
  orderLabel: 'Reihenfolge der Verfahren',
  'order.fit': 'Am besten passende zuerst',
  'order.cost': 'Niedrigste übliche Kosten zuerst',
  'order.time': 'Schnellste zuerst',
  'orderNote.cost':
    'Nach den üblichen Kosten jedes Verfahrens (niedrig, mittel, hoch), bei Gleichstand das am besten passende zuerst. Die Zahl auf jeder Karte bleibt sein Rang nach Eignung.',
  'orderNote.time':
    'Danach, wie schnell jedes Verfahren üblicherweise endet (Tage, Wochen oder Monate), bei Gleichstand das am besten passende zuerst. Die Zahl auf jeder Karte bleibt sein Rang nach Eignung.',
  showAll: (n: number) => `Alle ${n} Verfahren anzeigen`,
  findMediator: 'Einen Mediator für diesen Fall finden',
  whatWouldChange: 'Was das erstplatzierte Ergebnis ändern würde',
  tryDifferent: 'Eine andere Antwort ausprobieren',
  doNotFit: 'Verfahren, die für diesen Fall nicht in Betracht kommen',
  rulesVersion: (version: string) => `Regelversion ${version}.`,
  reviewAll: 'Alle Antworten überprüfen',
  rank: (n: number) => `Rang ${n}: `,
  score: (n: number) => `Punktzahl ${n}`,
  points: (signed: string) =>
    plural('de', Number(String(signed).replace('\u2212', '-')), { one: `${signed} Punkt`, other: `${signed} Punkte` }),
  movedUp: (places: number, points: string) => `▲ ${ranks(places)} höher, ${points}`,
  movedDown: (places: number, points: string) => `▼ ${ranks(places)} tiefer, ${points}`,
  caution: 'Achtung:',
  for: 'Dafür',
  against: 'Dagegen',
  because: (phrase: string) => `weil ${phrase}`,
  baseDefault: 'das Verfahren mit diesem Wert beginnt',
  allReasons: 'Alle Gründe und Fakten',
  addUpTo: (score: number) => `Zusammen ergeben sie die Punktzahl ${score}.`,
  binding: 'Verbindlich',
  private: 'Vertraulich',
  typicalCost: 'Übliche Kosten',
  typicalTime: 'Übliche Dauer',
  source: (citation: string) => `Quelle: ${citation}`,
  population: (population: string) => `Grundgesamtheit: ${population}`,
  ratingsWhy: 'Wie es bewertet wird:',
  'binding.no': 'Unverbindlich',
  'binding.by-agreement': 'Nur verbindlich, wenn Sie beide eine Vereinbarung unterzeichnen',
  'binding.by-contract': 'Verbindlich, weil der Vertrag es vorsieht',
  'binding.interim': 'Vorläufig verbindlich, bis zur endgültigen Entscheidung',
  'binding.yes': 'Verbindlich',
  'private.yes': 'Vertraulich',
  'private.usually': 'In der Regel vertraulich',
  'private.no': 'Öffentlich',
  'cost.low': 'Niedrig',
  'cost.medium': 'Mittel',
  'cost.high': 'Hoch',
  robust: 'Keine einzelne Antwort würde das erstplatzierte Verfahren ändern: Das Ergebnis ist belastbar.',
  tryIt: 'Ausprobieren',
  notSure: 'Weiß nicht',
} satisfies TranslationOf<typeof resultsMessages>;
