import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { componentsMessages } from '../../components/components.messages.ts';

export default {
  caseName: 'Nom du dossier',
  saveName: 'Enregistrer le nom',
  cancelRename: 'Annuler',
  answersUpdated: (answers: number, updated: string) =>
    `${answers} ${plural('fr', answers, { one: 'réponse', other: 'réponses' })} · mis à jour le ${updated}`,
  continue: 'Continuer',
  results: 'Résultats',
  worksheet: 'Fiche',
  report: 'Rapport',
  chooseTogether: 'Choisir le mode de règlement ensemble',
  comparisonKept: 'Comparaison avec l’autre partie',
  rename: 'Renommer',
  duplicate: 'Dupliquer',
  delete: 'Supprimer',
  confirmDelete: 'Confirmer la suppression',
  deleteThisCase: 'Supprimer ce dossier ?',
  yesDelete: 'Oui, supprimer',
  keepIt: 'Le garder',
  loadingCase: 'Chargement de votre dossier…',
  caseNotFound: 'Dossier introuvable',
  caseNotFoundText:
    'Ce dossier n’est pas enregistré sur cet appareil. Il a peut-être été supprimé, ou il a été créé dans un autre navigateur.',
  goToCases: 'Aller à vos dossiers',
  notSure: 'Je ne sais pas',
  partOf: (part: number, parts: number, section: string) => `Partie ${part} sur ${parts} : ${section}`,
  progressLabel: 'Progression dans les questions',
  newVersion: 'Une nouvelle version d’Olé est prête.',
  reload: 'Recharger',
  later: 'Plus tard',
  upgradeBlocked:
    'Olé a été mis à jour, et une ancienne version est encore ouverte dans un autre onglet ou une autre fenêtre. Fermez-la ou rechargez-la pour continuer : vos dossiers sont en sécurité et rien n’est perdu.',
} satisfies TranslationOf<typeof componentsMessages>;
