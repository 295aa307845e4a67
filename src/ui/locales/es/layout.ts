import type { TranslationOf } from '../../../i18n/messages.ts';
import type { layoutMessages } from '../../components/layout.messages.ts';

export default {
  skipToContent: 'Ir al contenido',
  home: 'Inicio de Olé',
  mainNav: 'Principal',
  cases: 'Casos',
  mediators: 'Mediadores',
  standards: 'Normas',
  workshop: 'Taller',
  notLegalAdvice: 'No es asesoramiento jurídico.',
  notLegalAdviceMore:
    'Olé le ayuda a pensar en sus opciones; para un consejo sobre su caso, hable con un asesor cualificado.',
  privacy:
    'Sus respuestas se quedan en este dispositivo. Olé no envía nada a ningún sitio salvo que usted exporte o comparta.',
  how: 'Cómo funciona Olé',
  darkTheme: 'Tema oscuro',
  documentTitle: 'Olé: elegir cómo resolver un conflicto',
  description:
    'Olé le ayuda a elegir cómo resolver un conflicto, y con quién. Sus respuestas se quedan en su dispositivo.',
  pageTitle: (page: string) => `${page} – Olé`,
} satisfies TranslationOf<typeof layoutMessages>;
