import type { TranslationOf } from '../../../i18n/messages.ts';
import type { profileMessages } from '../../directory/profile.messages.ts';

export default {
  takingNow: 'Accepte de nouveaux dossiers',
  takingFrom: (month: string) => `Accepte de nouveaux dossiers à partir de ${month}`,
  notTaking: 'N’accepte pas de nouveaux dossiers',
  notSaid: 'Le profil ne le dit pas',
  feesValue: (band: string, basis: string) => `${band}, ${basis}`,
  feesNote:
    'Les tranches sont celles du registre, par rapport aux honoraires pratiqués là où exerce ce médiateur\u00a0: demandez le montant.',
  notTrained: 'Pas de formation à la protection des parties',
  shuttle: 'propose la médiation en navette, les parties restant séparées',
  noShuttle: 'ne propose pas la médiation en navette',
  conflicts: 'Conflits d’intérêts',
  conflictsAsk:
    'Avant d’accepter ce médiateur, demandez-lui par écrit s’il a un lien avec l’une des parties, leurs conseils ou le différend.',
  conflictsDuty:
    'Les codes de déontologie le demandent. Le Code de conduite professionnelle de l’IMI (révisé en 2017) demande au médiateur d’être indépendant, neutre et impartial, et de révéler, avant d’accepter une mission, tout ce qui pourrait y porter atteinte ou en donner l’apparence\u00a0; le code que suit ce médiateur est indiqué ci-dessus.',
  conflictsRaise:
    'Si vous apprenez un lien plus tard, signalez-le aussitôt au médiateur et décidez avec l’autre partie de poursuivre ou non. Dans la procédure de réclamation de l’IMI, une réclamation est d’abord adressée au médiateur, dans le mois où vous en avez connaissance.',
  conflictsEnforce:
    'Pour un accord transactionnel commercial international, un tribunal peut en refuser l’exécution si le médiateur a gravement manqué aux normes qui s’appliquent à lui, ou n’a pas révélé des circonstances faisant naître des doutes légitimes sur son impartialité ou son indépendance, et que sans cela une partie n’aurait pas conclu l’accord (Convention de Singapour sur la médiation, 2019, art.\u00a05(1)(e)\u2060–\u2060(f)).',
  bioIn: (language: string) => `Présentation publiée en ${language}.`,
  digestIn: (language: string) => `Synthèse publiée en ${language}.`,
} satisfies TranslationOf<typeof profileMessages>;
