import type { TranslationOf } from '../../../i18n/messages.ts';
import type { layoutMessages } from '../../components/layout.messages.ts';

export default {
  skipToContent: 'Aller au contenu',
  home: 'Accueil Olé',
  mainNav: 'Principal',
  cases: 'Dossiers',
  mediators: 'Médiateurs',
  standards: 'Normes',
  workshop: 'Atelier',
  notLegalAdvice: 'Ceci n’est pas un conseil juridique.',
  notLegalAdviceMore:
    'Olé vous aide à réfléchir à vos options ; pour un avis sur votre dossier, consultez un conseiller qualifié.',
  privacy: 'Vos réponses restent sur cet appareil. Olé n’envoie rien nulle part, sauf si vous exportez ou partagez.',
  how: 'Comment fonctionne Olé',
  darkTheme: 'Thème sombre',
  documentTitle: 'Olé : choisir comment régler un différend',
  description:
    'Olé vous aide à choisir comment régler un différend, et avec qui. Vos réponses restent sur votre appareil.',
  pageTitle: (page: string) => `${page} – Olé`,
} satisfies TranslationOf<typeof layoutMessages>;
