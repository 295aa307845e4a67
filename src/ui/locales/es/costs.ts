import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { costsMessages } from '../../results/costs.messages.ts';

export default {
  heading: 'Coste y duración para este caso',
  fees: 'Tasas judiciales o de la institución',
  partyCosts: 'Sus propios costes',
  time: 'Duración',
  settles: 'Acaba en acuerdo',
  settleShare: (percent: string) => `en el ${percent} de los casos`,
  months: (range: string, high: number) => plural('es', high, { one: `${range} mes`, other: `${range} meses` }),
  shareOfTotal: (percent: string) => `de media, el ${percent} del coste total`,
  'stat.mean': 'media',
  'stat.median': 'mediana',
  'stat.average': 'promedio',
  'stat.share': 'proporción',
  'stat.scale': 'baremo',
  figure: (stat: string, population: string, year: number) => `${stat}, ${population} (${year})`,
  sources: 'Fuentes y poblaciones',
  'why.needs-amount': 'Hace falta la cantidad reclamada en cifras: indíquela en la hoja de trabajo.',
  'why.place-unknown': 'Depende de dónde se resolvería el litigio.',
  'why.place-not-covered': 'No lo sabemos para esta jurisdicción.',
  'why.no-source': 'No lo sabemos para esta jurisdicción.',
  'why.not-for-this-case': 'No hay aquí ninguna cifra publicada para un caso de este tamaño o tipo.',
  leansLower: (reasons: string) => `Probablemente menor en este caso: ${reasons}.`,
  'lean.reluctant-side':
    'el otro lado se muestra reacio o se niega, y las tasas publicadas son de casos en los que ambos lados eligieron la mediación',
  'lean.escalated': 'el conflicto ha llegado a una etapa avanzada de escalada (Glasl 7 a 9)',
} satisfies TranslationOf<typeof costsMessages>;
