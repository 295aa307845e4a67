import { defineMessages } from '../../i18n/messages.ts';

export const layoutMessages = defineMessages(
  {
    skipToContent: 'Skip to content',
    home: 'Olé home',
    mainNav: 'Main',
    cases: 'Cases',
    mediators: 'Mediators',
    standards: 'Standards',
    workshop: 'Workshop',
    notLegalAdvice: 'Not legal advice.',
    notLegalAdviceMore:
      'Olé helps you think about your options; for advice on your case, speak to a qualified adviser.',
    privacy: 'Your answers stay on this device. Olé sends nothing anywhere unless you export or share.',
    how: 'How Olé works',
    darkTheme: 'Dark theme',
    documentTitle: 'Olé: choose how to resolve a dispute',
    description: 'Olé helps you choose how to resolve a dispute, and with whom. Your answers stay on your device.',
    pageTitle: (page: string) => `${page} – Olé`,
  },
  {
    fr: {
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
      privacy:
        'Vos réponses restent sur cet appareil. Olé n’envoie rien nulle part, sauf si vous exportez ou partagez.',
      how: 'Comment fonctionne Olé',
      darkTheme: 'Thème sombre',
      documentTitle: 'Olé : choisir comment régler un différend',
      description:
        'Olé vous aide à choisir comment régler un différend, et avec qui. Vos réponses restent sur votre appareil.',
      pageTitle: (page: string) => `${page} – Olé`,
    },
    es: {
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
    },
  },
);
