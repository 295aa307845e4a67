import { defineMessages } from '../../i18n/messages.ts';

export const homeMessages = defineMessages(
  {
    title: 'Choose how to resolve your dispute',
    lead: 'Answer plain questions about your dispute. Olé ranks the ways to resolve it, from negotiation and mediation to arbitration and court, and tells you why. It takes about ten minutes, works offline, and nothing leaves your device.',
    start: 'Start a new case',
    yourCases: 'Your cases',
    about: 'About Olé',
    aboutText:
      'Olé builds on the case-analysis worksheet of the International Mediation Institute (IMI). The worksheet helped parties think a case through; the ranking of processes is Olé’s own addition, and every score shows the reasons that add up to it.',
    newHere: 'New to Olé? See what it does for a party, counsel, a young mediator or a trainer:',
    howLink: 'How Olé works',
    trainers: 'Running a workshop?',
    trainersText:
      'Fictional scenarios to present on a projector, with handouts and a QR code for participants’ phones.',
    trainersLink: 'Open the workshop scenarios',
    pageNotFound: 'Page not found',
    pageNotFoundText: 'This address does not match anything in Olé.',
  },
  {
    fr: {
      title: 'Choisissez comment régler votre différend',
      lead: 'Répondez à des questions simples sur votre différend. Olé classe les façons de le régler, de la négociation et de la médiation à l’arbitrage et au tribunal, et vous explique pourquoi. Cela prend une dizaine de minutes, fonctionne hors ligne, et rien ne quitte votre appareil.',
      start: 'Ouvrir un nouveau dossier',
      yourCases: 'Vos dossiers',
      about: 'À propos d’Olé',
      aboutText:
        'Olé s’appuie sur la grille d’analyse de dossier de l’International Mediation Institute (IMI). Cette grille aidait les parties à examiner un dossier en profondeur ; le classement des modes de règlement est un ajout propre à Olé, et chaque score affiche les raisons qui le composent.',
      newHere:
        'Vous découvrez Olé ? Voyez ce qu’il offre à une partie, à un avocat, à un jeune médiateur ou à un formateur :',
      howLink: 'Comment fonctionne Olé',
      trainers: 'Vous animez un atelier ?',
      trainersText:
        'Des scénarios fictifs à projeter, avec des fiches à distribuer et un code QR pour les téléphones des participants.',
      trainersLink: 'Ouvrir les scénarios d’atelier',
      pageNotFound: 'Page introuvable',
      pageNotFoundText: 'Cette adresse ne correspond à rien dans Olé.',
    },
    es: {
      title: 'Elija cómo resolver su conflicto',
      lead: 'Responda a preguntas sencillas sobre su conflicto. Olé ordena las formas de resolverlo, desde la negociación y la mediación hasta el arbitraje y los tribunales, y le explica por qué. Lleva unos diez minutos, funciona sin conexión y nada sale de su dispositivo.',
      start: 'Abrir un caso nuevo',
      yourCases: 'Sus casos',
      about: 'Acerca de Olé',
      aboutText:
        'Olé se basa en la hoja de análisis de casos del International Mediation Institute (IMI). La hoja ayudaba a las partes a analizar un caso a fondo; la clasificación de los procedimientos es una aportación propia de Olé, y cada puntuación muestra las razones que la componen.',
      newHere: '¿Es nuevo en Olé? Vea lo que ofrece a una parte, a un abogado, a un mediador joven o a un formador:',
      howLink: 'Cómo funciona Olé',
      trainers: '¿Dirige un taller?',
      trainersText:
        'Escenarios ficticios para proyectar, con fichas para repartir y un código QR para los teléfonos de los participantes.',
      trainersLink: 'Abrir los escenarios para talleres',
      pageNotFound: 'Página no encontrada',
      pageNotFoundText: 'Esta dirección no corresponde a nada en Olé.',
    },
  },
);
