import { defineMessages } from '../../i18n/messages.ts';

export const layoutMessages = defineMessages(
  {
    skipToContent: 'Skip to content',
    home: 'Olé home',
    mainNav: 'Main',
    cases: 'Cases',
    mediators: 'Mediators',
    standards: 'Standards',
    notLegalAdvice: 'Not legal advice.',
    notLegalAdviceMore: 'Olé helps you think about your options; for advice on your case, speak to a qualified adviser.',
    privacy: 'Your answers stay on this device. Olé sends nothing anywhere unless you export or share.',
    darkTheme: 'Dark theme',
  },
  {
    fr: {
      skipToContent: 'Aller au contenu',
      home: 'Accueil Olé',
      mainNav: 'Principal',
      cases: 'Dossiers',
      mediators: 'Médiateurs',
      standards: 'Normes',
      notLegalAdvice: 'Ceci n’est pas un conseil juridique.',
      notLegalAdviceMore: 'Olé vous aide à réfléchir à vos options ; pour un avis sur votre dossier, consultez un conseiller qualifié.',
      privacy: 'Vos réponses restent sur cet appareil. Olé n’envoie rien nulle part, sauf si vous exportez ou partagez.',
      darkTheme: 'Thème sombre',
    },
    es: {
      skipToContent: 'Ir al contenido',
      home: 'Inicio de Olé',
      mainNav: 'Principal',
      cases: 'Casos',
      mediators: 'Mediadores',
      standards: 'Normas',
      notLegalAdvice: 'No es asesoramiento jurídico.',
      notLegalAdviceMore: 'Olé le ayuda a pensar en sus opciones; para un consejo sobre su caso, hable con un asesor cualificado.',
      privacy: 'Sus respuestas se quedan en este dispositivo. Olé no envía nada a ningún sitio salvo que usted exporte o comparta.',
      darkTheme: 'Tema oscuro',
    },
  },
);
