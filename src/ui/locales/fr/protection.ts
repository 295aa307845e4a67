import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionMessages } from '../../cases/protection.messages.ts';

export default {
  lockedTitle: 'Vos dossiers sont verrouillés',
  lockedText:
    'Les dossiers de cet appareil sont protégés par une phrase secrète. Saisissez-la pour les consulter et les modifier.',
  passphrase: 'Phrase secrète',
  unlock: 'Déverrouiller',
  unlocking: 'Déverrouillage…',
  wrongPassphrase: 'Cette phrase secrète n’ouvre pas vos dossiers. Rien n’a été modifié ; vérifiez-la et réessayez.',
  pageTitle: 'Protéger mes dossiers',
  pageLead:
    'Chiffrez les dossiers enregistrés dans ce navigateur avec une phrase secrète, pour qu’une personne qui ouvre Olé sur cet appareil ne puisse pas les lire.',
  whatTitle: 'Ce que cela protège, et ce que cela ne protège pas',
  whatEncrypted: (rounds: string) =>
    `Chiffrés : le nom, les réponses et la fiche d’analyse de chaque dossier, avec AES-GCM et une clé tirée de votre phrase secrète (PBKDF2-SHA-256, ${rounds} itérations). La clé reste uniquement dans la mémoire de cet onglet ; chaque nouvel onglet ou rechargement redemande la phrase secrète.`,
  whatForgotten: 'Si vous oubliez la phrase secrète, personne ne pourra récupérer vos dossiers, pas même Olé.',
  whatPlain:
    'Non chiffrés : l’annuaire des médiateurs (données publiques), votre sélection de médiateurs et vos préférences de mentorat.',
  whatExports:
    'Les fichiers de dossier exportés sont en JSON lisible, non chiffré, pour pouvoir les ouvrir partout : conservez-les en lieu sûr.',
  statusOn: 'La protection est activée : vos dossiers sont enregistrés chiffrés.',
  newPassphrase: 'Nouvelle phrase secrète',
  repeatPassphrase: 'Répétez la nouvelle phrase secrète',
  currentPassphrase: 'Phrase secrète actuelle',
  passphraseHint: (min: number) =>
    `Au moins ${min} caractères. Quelques mots sans rapport entre eux se retiennent mieux qu’une suite de signes.`,
  turnOn: 'Activer la protection',
  turningOn: 'Chiffrement de vos dossiers…',
  turnedOn: 'La protection est activée. Vos dossiers sont désormais enregistrés chiffrés.',
  changeTitle: 'Changer de phrase secrète',
  change: 'Changer la phrase secrète',
  changing: 'Nouveau chiffrement de vos dossiers…',
  changed: 'Phrase secrète changée. Chaque dossier est désormais chiffré avec la nouvelle.',
  offTitle: 'Désactiver la protection',
  offText: 'Vos dossiers seront de nouveau enregistrés sans chiffrement dans ce navigateur.',
  turnOff: 'Désactiver la protection',
  turningOff: 'Déchiffrement de vos dossiers…',
  turnedOff: 'La protection est désactivée. Vos dossiers sont de nouveau enregistrés sans chiffrement.',
  tooShort: (min: number) => `La phrase secrète doit compter au moins ${min} caractères. Rien n’a été modifié.`,
  mismatch: 'Les deux nouvelles phrases secrètes diffèrent. Rien n’a été modifié.',
  wrongCurrent: 'La phrase secrète actuelle n’est pas la bonne. Rien n’a été modifié.',
  damagedBlocks:
    'Un dossier enregistré est endommagé et ne peut être ouvert, donc pas non plus chiffré de nouveau. Supprimez-le d’abord depuis la page d’accueil. Rien n’a été modifié.',
  failed: (detail: string) =>
    `L’opération a échoué et rien n’a été modifié : chaque dossier est resté tel quel. (${detail})`,
  backHome: 'Retour à vos dossiers',
  damagedTitle: 'Ce dossier ne peut être ouvert',
} satisfies TranslationOf<typeof protectionMessages>;
