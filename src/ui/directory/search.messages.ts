import { defineMessages } from '../../i18n/messages.ts';

// What the directory search says about the words typed: a process named, and why nothing matches.
export const searchMessages = defineMessages(
  {
    quote: (word: string) => `“${word}”`,
    processNote: (n: number, words: string) =>
      n === 1
        ? `${words} is a way to resolve a dispute, not a kind of mediator. This directory lists IMI Certified Mediators and Mediation Advocates, not arbitrators or judges.`
        : `${words} are ways to resolve a dispute, not kinds of mediator. This directory lists IMI Certified Mediators and Mediation Advocates, not arbitrators or judges.`,
    compareProcesses: 'Not sure which way fits your dispute? Compare them for your case',
    nothingLike: (words: string) => `No name, place, language or practice area in the directory is like ${words}.`,
    checkSpelling: 'Check the spelling, or try another word.',
    notTogether: 'Each word finds someone, but no one matches all of them together.',
    searchWithout: (word: string) => `Search without ${word}`,
    filtersExclude: (n: number, count: string) =>
      `${count} mediator${n === 1 ? ' matches' : 's match'} the words, but not all your filters.`,
  },
  {
    fr: {
      quote: (word: string) => `«\u00a0${word}\u00a0»`,
      processNote: (n: number, words: string) =>
        n === 1
          ? `${words} est une façon de régler un litige, pas un type de médiateur. Cet annuaire recense des médiateurs certifiés IMI et des conseils en médiation, pas des arbitres ni des juges.`
          : `${words} sont des façons de régler un litige, pas des types de médiateur. Cet annuaire recense des médiateurs certifiés IMI et des conseils en médiation, pas des arbitres ni des juges.`,
      compareProcesses: 'Quelle voie convient à votre litige\u00a0? Comparez-les pour votre cas',
      nothingLike: (words: string) => `Aucun nom, lieu, langue ni domaine de l’annuaire ne ressemble à ${words}.`,
      checkSpelling: 'Vérifiez l’orthographe ou essayez un autre mot.',
      notTogether: 'Chaque mot trouve quelqu’un, mais personne ne les réunit tous.',
      searchWithout: (word: string) => `Chercher sans ${word}`,
      filtersExclude: (n: number, count: string) =>
        `${count} médiateur${n > 1 ? 's correspondent' : ' correspond'} aux mots, mais pas à tous vos filtres.`,
    },
    es: {
      quote: (word: string) => `«${word}»`,
      processNote: (n: number, words: string) =>
        n === 1
          ? `${words} es una forma de resolver un conflicto, no un tipo de mediador. Este directorio recoge mediadores certificados IMI y abogados de mediación, no árbitros ni jueces.`
          : `${words} son formas de resolver un conflicto, no tipos de mediador. Este directorio recoge mediadores certificados IMI y abogados de mediación, no árbitros ni jueces.`,
      compareProcesses: '¿No sabe qué vía conviene a su conflicto? Compárelas para su caso',
      nothingLike: (words: string) => `Ningún nombre, lugar, idioma ni ámbito del directorio se parece a ${words}.`,
      checkSpelling: 'Revise la ortografía o pruebe otra palabra.',
      notTogether: 'Cada palabra encuentra a alguien, pero nadie las reúne todas.',
      searchWithout: (word: string) => `Buscar sin ${word}`,
      filtersExclude: (n: number, count: string) =>
        `${count} ${n === 1 ? 'mediador coincide' : 'mediadores coinciden'} con las palabras, pero no con todos sus filtros.`,
    },
  },
);
