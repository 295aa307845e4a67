import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { stagesMessages } from '../../results/stages.messages.ts';

export default {
  protectionRegion: 'La sécurité d’abord',
  source: (citation: string) => `Source : ${citation}`,
  howRanked: 'Comment ce classement a été établi',
  stageGates: (n: number) =>
    n === 0
      ? 'Aucune option n’a été écartée par vos réponses.'
      : plural('fr', n, {
          one: 'Une option a été écartée par vos réponses (voir la fin de la page).',
          other: `${n} options ont été écartées par vos réponses (voir la fin de la page).`,
        }),
  stageEssentials: (goals: string) =>
    `Les options qui peuvent vous donner ce que vous jugez indispensable (${goals}) passent avant celles qui ne le peuvent pas.`,
  stageScores: 'Ensuite, les options sont classées selon leur score, la somme des raisons affichées avec chacune.',
  stageTies: (margin: number) =>
    `Des scores à ${margin} points ou moins l’un de l’autre sont présentés comme ex æquo : à peu près aussi bons, au même rang.`,
  tiedWith: (names: string) => `À peu près aussi bien que ${names}.`,
  lacks: (name: string, text: string) => `${name} : ${text}.`,
  leads: 'Placé en tête pour la sécurité.',
  delivers: (goals: string) => `Peut vous donner ce que vous jugez indispensable : ${goals}.`,
  firmness: 'Ce classement est-il solide ?',
  firmRobust: (checked: number) =>
    `Solide : aucune des questions laissées sans réponse ne changerait à elle seule l’option en tête, quelle que soit sa réponse (${checked} réponses inconnues, essayées une à une).`,
  firmOpen:
    'Ces questions sans réponse pourraient changer l’option en tête. Y répondre rend le classement plus solide :',
  firmCouldLead: (question: string, names: string) =>
    `Votre réponse à « ${question} » pourrait placer en tête : ${names}.`,
  answerIt: 'Y répondre',
  placeTitle: (name: string) => `Là où le litige serait tranché : ${name}`,
  placeUnknown: 'Là où le litige serait tranché',
  placeUnknownText:
    'Vous n’avez pas indiqué où un tribunal trancherait ce litige : rien n’est donc écarté à cause du lieu. Les procédures de petits litiges, les démarches obligatoires avant le procès, l’adjudication en construction et les médiateurs publics dépendent du pays.',
  placeOtherText:
    'Olé n’a pas encore de données pour ce pays : rien n’est donc écarté à cause du lieu. Les procédures de petits litiges, les démarches obligatoires avant le procès, l’adjudication en construction et les médiateurs publics dépendent du pays.',
  placeChecked: (date: string) =>
    `Vérifié le ${date}. Le droit évolue : faites-le confirmer par un avocat ou le tribunal avant de vous y fier.`,
  'note.compulsory-step': 'Une démarche obligatoire avant le procès',
  'note.small-claims': 'Petits litiges',
  'note.adjudication': 'Adjudication en construction',
  'note.ombudsman': 'Médiateur public',
  'note.treaty': 'Traité',
  labelled: (label: string) => `${label} :`,
  'treaty.newYork': 'Convention de New York (sentences arbitrales)',
  'treaty.singapore': 'Convention de Singapour (accords issus de la médiation)',
  'treaty.hague2005': 'Convention de La Haye de 2005 sur les accords d’élection de for',
  'treaty.hague2019': 'Convention de La Haye de 2019 sur les jugements',
  'treaty.brusselsIbis': 'Règlement Bruxelles I bis (jugements dans l’UE)',
  'treaty.lugano': 'Convention de Lugano de 2007',
  treatyParty: (since: string) => (since ? `en vigueur ici depuis ${since}` : 'en vigueur ici'),
  treatyNotParty: 'pas en vigueur ici',
  treatyUnknown: 'non confirmé',
} satisfies TranslationOf<typeof stagesMessages>;
