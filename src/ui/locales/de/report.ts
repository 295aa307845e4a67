import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { reportMessages } from '../../report/report.messages.ts';

export default {
  costSources: 'Quellen der Kosten- und Zeitangaben',
  summary: 'Zusammenfassung',
  dispute: 'Die Streitigkeit',
  bestFits: 'Die am besten passenden Verfahren und warum',
  scoreOf: (score: string) => `Punktzahl ${score}`,
  ruledOut: 'Ausgeschlossen, und warum',
  noneRuledOut: 'Aufgrund der gegebenen Antworten ist kein Verfahren ausgeschlossen.',
  wouldChange: 'Was das erstplatzierte Ergebnis ändern würde',
  robust: 'Keine einzelne Antwort würde das erstplatzierte Verfahren ändern.',
  settlement: 'Einigungsbereich',
  nextSteps: 'Nächste Schritte',
  answers: 'Die Antworten, auf denen die Rangfolge beruht',
  question: 'Frage',
  answer: 'Antwort',
  notAnswered: 'Nicht beantwortet',
  detail: 'Einzelheiten',
  allOptions: 'Alle Verfahren und ihre Gründe',
  notLegalAdvice:
    'Keine Rechtsberatung. Olé zeigt, wie gut jeder Weg zur Beilegung einer Streitigkeit zu den gegebenen Antworten passt: Eine Punktzahl misst diese Passung, nicht die Erfolgsaussichten, und Olé sagt den Ausgang nicht voraus. Was gilt, kann Ihnen ein Rechtsanwalt sagen, der dort zugelassen ist, wo über die Streitigkeit entschieden würde.',
  asAnswered:
    'Beruht auf den Antworten der Person, die diesen Bericht erstellt hat; mit „Sie“ ist diese Person gemeint.',
  rulesAndDate: (version: string, date: string) => `Regelversion ${version}. Erstellt am ${date}.`,
  stepLine: (step: string, owner: string, due: string) => `${step} (${owner}, ${due})`,
  nobody: 'niemand benannt',
  noDate: 'ohne Datum',
  moreReasons: (n: number, points: string): string =>
    plural('de', n, {
      one: `und ${n} weiterer, kleinerer Grund (${points})`,
      other: `und ${n} weitere, kleinere Gründe (zusammen ${points})`,
    }),
  alsoAvailable: (list: string) => `Ebenfalls möglich, mit ihren Punktzahlen: ${list}.`,
} satisfies TranslationOf<typeof reportMessages>;
