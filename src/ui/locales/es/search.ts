import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { searchMessages } from '../../directory/search.messages.ts';

export default {
  quote: (word: string) => `«${word}»`,
  processNote: (n: number, words: string) =>
    plural('es', n, {
      one: `${words} es una forma de resolver un conflicto, no un tipo de mediador. Este directorio recoge mediadores certificados IMI y abogados de mediación, no árbitros ni jueces.`,
      other: `${words} son formas de resolver un conflicto, no tipos de mediador. Este directorio recoge mediadores certificados IMI y abogados de mediación, no árbitros ni jueces.`,
    }),
  compareProcesses: '¿No sabe qué vía conviene a su conflicto? Compárelas para su caso',
  nothingLike: (words: string) => `Ningún nombre, lugar, idioma ni ámbito del directorio se parece a ${words}.`,
  checkSpelling: 'Revise la ortografía o pruebe otra palabra.',
  notTogether: 'Cada palabra encuentra a alguien, pero nadie las reúne todas.',
  searchWithout: (word: string) => `Buscar sin ${word}`,
  filtersExclude: (n: number, count: string) =>
    `${count} ${plural('es', n, { one: 'mediador coincide', other: 'mediadores coinciden' })} con las palabras, pero no con todos sus filtros.`,
} satisfies TranslationOf<typeof searchMessages>;
