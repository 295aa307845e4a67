import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { reportMessages } from '../../report/report.messages.ts';

export default {
  costSources: 'Sources des chiffres de coût et de durée',
  summary: 'Synthèse',
  dispute: 'Le litige',
  bestFits: 'Les options les mieux adaptées, et pourquoi',
  scoreOf: (score: string) => `score ${score}`,
  ruledOut: 'Écartées, et pourquoi',
  noneRuledOut: 'Aucune option n’est écartée par les réponses données.',
  wouldChange: 'Ce qui changerait le premier résultat',
  robust: 'Aucune réponse isolée ne changerait l’option en tête.',
  settlement: 'Zone d’accord possible',
  nextSteps: 'Prochaines étapes',
  answers: 'Les réponses sur lesquelles repose le classement',
  question: 'Question',
  answer: 'Réponse',
  notAnswered: 'Sans réponse',
  detail: 'Détail',
  allOptions: 'Toutes les options et leurs raisons',
  notLegalAdvice:
    'Ceci n’est pas un conseil juridique. Olé montre dans quelle mesure chaque façon de régler un litige convient aux réponses données\u00a0: un score mesure cette adéquation, non les chances de gagner, et Olé ne prédit pas l’issue. Un avocat habilité là où le litige serait tranché peut dire ce qui s’applique.',
  asAnswered:
    'Établi à partir des réponses de la personne qui a préparé ce rapport\u00a0; «\u00a0vous\u00a0» désigne cette personne.',
  rulesAndDate: (version: string, date: string) => `Version des règles ${version}. Établi le ${date}.`,
  stepLine: (step: string, owner: string, due: string) => `${step} (${owner}, ${due})`,
  nobody: 'responsable non désigné',
  noDate: 'sans date',
  moreReasons: (n: number, points: string): string =>
    plural('fr', n, {
      one: `et ${n} raison de moindre poids (${points})`,
      other: `et ${n} raisons de moindre poids (${points} au total)`,
    }),
  alsoAvailable: (list: string) => `Également possibles, avec leur score : ${list}.`,
} satisfies TranslationOf<typeof reportMessages>;
