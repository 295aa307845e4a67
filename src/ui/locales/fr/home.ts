import type { TranslationOf } from '../../../i18n/messages.ts';
import type { homeMessages } from '../../pages/home.messages.ts';

export default {
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
} satisfies TranslationOf<typeof homeMessages>;
