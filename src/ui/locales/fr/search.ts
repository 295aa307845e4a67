import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { searchMessages } from '../../directory/search.messages.ts';

export default {
  quote: (word: string) => `«\u00a0${word}\u00a0»`,
  processNote: (n: number, words: string) =>
    plural('fr', n, {
      one: `${words} est une façon de régler un litige, pas un type de médiateur. Cet annuaire recense des médiateurs certifiés IMI et des conseils en médiation, pas des arbitres ni des juges.`,
      other: `${words} sont des façons de régler un litige, pas des types de médiateur. Cet annuaire recense des médiateurs certifiés IMI et des conseils en médiation, pas des arbitres ni des juges.`,
    }),
  compareProcesses: 'Quelle voie convient à votre litige\u00a0? Comparez-les pour votre cas',
  nothingLike: (words: string) => `Aucun nom, lieu, langue ni domaine de l’annuaire ne ressemble à ${words}.`,
  checkSpelling: 'Vérifiez l’orthographe ou essayez un autre mot.',
  notTogether: 'Chaque mot trouve quelqu’un, mais personne ne les réunit tous.',
  searchWithout: (word: string) => `Chercher sans ${word}`,
  filtersExclude: (n: number, count: string) =>
    `${count} ${plural('fr', n, { one: 'médiateur correspond', other: 'médiateurs correspondent' })} aux mots, mais pas à tous vos filtres.`,
} satisfies TranslationOf<typeof searchMessages>;
