import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { votesMessages } from '../../workshop/votes.messages.ts';

const handsOf = (n: number) => plural('fr', n, { one: `${n} main`, other: `${n} mains` });

export default {
  handsTitle: 'Les mains levées de la salle',
  handsHint: 'Appuyez sur le numéro d’un choix pour chaque main levée ; Retour arrière retire la dernière.',
  oneMore: (choice: string) => `Une main de plus pour « ${choice} »`,
  oneFewer: (choice: string) => `Une main de moins pour « ${choice} »`,
  hands: (count: number) => handsOf(count),
  casesAnswer: 'la réponse du cas',
  noHands: 'Aucune main levée pour l’instant.',
  roomAgrees: (choice: string, most: number, total: number) =>
    `La salle rejoint le cas : « ${choice} », ${most} sur ${handsOf(total)}.`,
  roomSays: (choice: string, most: number, total: number) =>
    `La salle répond « ${choice} », ${most} sur ${handsOf(total)} : ce n’est pas la réponse du cas.`,
  tie: (choices: string, most: number) =>
    `Égalité entre ${choices}, ${handsOf(most)} chacun : la réponse du cas est maintenue.`,
  quote: (text: string) => `« ${text} »`,
  notStored:
    'Les votes ne peuvent pas être enregistrés sur cet appareil : ils durent jusqu’à la fermeture de cette page.',
  roomTitle: 'Le classement de la salle face au classement du cas',
  roomRanking: 'Le classement de la salle',
  caseRanking: 'Le classement du cas',
  whatDiffers: 'Ce qui diffère, et pourquoi',
  noVotesYet:
    'Aucune main levée enregistrée pour l’instant. Sur la diapositive de chaque réponse préparée, appuyez sur le numéro d’un choix pour chaque main levée : les réponses de la salle sont alors classées ici.',
  handsRecorded: (count: number) =>
    plural('fr', count, { one: `${count} main enregistrée`, other: `${count} mains enregistrées` }),
  sameAnswers: 'La salle a donné les réponses du cas : les deux classements sont identiques.',
  answeredDifferently: (count: number) =>
    plural('fr', count, {
      one: `La salle a répondu autrement à ${count} question :`,
      other: `La salle a répondu autrement à ${count} questions :`,
    }),
  differs: (question: string, room: string, prepared: string) => `« ${question} » : ${room} (le cas : ${prepared})`,
  tieKept: (question: string, choices: string, prepared: string) =>
    `« ${question} » : égalité entre ${choices}, la réponse du cas est donc maintenue (${prepared})`,
  skipped: 'question non posée après les autres réponses de la salle, elle ne change donc rien',
  moreAnswers: (count: number) =>
    plural('fr', count, { one: `et ${count} autre réponse`, other: `et ${count} autres réponses` }),
  fromCaseToRoom: 'Du classement du cas à celui de la salle :',
  exportVotes: 'Exporter les votes',
  exportNote:
    'Un fichier JSON (votes d’atelier Olé, version 1) avec les votes de chaque scénario sur cet appareil, pour vos archives. Rien n’est envoyé.',
  clearVotes: 'Effacer les votes de ce scénario',
  clearAsk: (count: number) =>
    plural('fr', count, {
      one: `Effacer ${count} main levée de ce scénario ? C’est irréversible.`,
      other: `Effacer ${count} mains levées de ce scénario ? C’est irréversible.`,
    }),
  clearYes: 'Les effacer',
  clearNo: 'Les garder',
  showRoom: 'Le classement de la salle',
  keyHand: 'une main',
  keyUndo: 'retirer',
  keyBackspace: 'Retour arrière',
  keyRoom: 'la salle',
  stepRoom: 'Le classement de la salle face à celui du cas : ce que changent les réponses de la salle, et pourquoi',
} satisfies TranslationOf<typeof votesMessages>;
