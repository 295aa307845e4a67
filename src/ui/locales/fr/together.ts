import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { togetherMessages } from '../../together/together.messages.ts';

export default {
  lead: 'Chacun répond sur son propre appareil. Échangez vos codes : Olé montre côte à côte où vos priorités concordent et divergent, et quels modes de règlement vous conviennent à tous les deux. Aucun serveur n’intervient : le code ne va que là où vous l’envoyez.',
  yourCode: 'Votre code',
  whatItTells: 'Ce que votre code apprend à l’autre partie',
  tellsLevels:
    'L’importance de chaque objectif et le poids de chaque obstacle pour vous, selon les niveaux que vous avez choisis (par exemple « Très important » ou « Un peu »).',
  tellsFacts:
    'Les faits que vous avez indiqués sur le dossier : la tranche du montant, le degré d’escalade, le caractère transfrontalier, l’existence d’une clause d’arbitrage, etc.',
  tellsNot:
    'Rien d’autre : ni votre nom, ni le nom du dossier, ni ce que vous avez écrit, ni votre fiche, et jamais votre réponse sur la sécurité, qui reste sur cet appareil.',
  anyoneCanRead: 'Toute personne qui a le code peut lire ces niveaux : ne l’envoyez qu’à l’autre partie.',
  noAnswers: 'Vous n’avez encore répondu à aucune question de ce dossier : votre code ne dirait rien.',
  showMyCode: 'Afficher mon code',
  codeLabel: 'Votre code, en cinq groupes de cinq pour le lire à voix haute',
  readHint: 'Majuscules ou minuscules, peu importe. Il n’y a ni O, ni I, ni L : ce sont les chiffres 0 et 1.',
  copyCode: 'Copier le code',
  copyLink: 'Copier le lien',
  copied: 'Copié.',
  copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
  share: 'Partager le lien',
  shareTitle: 'Mes priorités Olé',
  linkLabel: 'Lien à envoyer',
  linkHelp:
    'Le code se trouve après le « # » : les navigateurs n’envoient jamais cette partie à un serveur, il reste donc entre vos deux appareils.',
  qrLabel: 'Code QR du lien, à scanner avec le téléphone de l’autre partie',
  theirCode: 'Le code de l’autre partie',
  theirCodeHelp:
    'Saisissez ou collez le code ou le lien reçu. Majuscules ou minuscules, espaces et tirets ne comptent pas.',
  compare: 'Comparer',
  nothingChanged: 'Rien n’a été enregistré.',
  quoted: (text: string) => `« ${text} »`,
  typoIn: (groups: string, count: number, typed: string) =>
    plural('fr', count, {
      one: `Le groupe ${groups} (${typed}) contient une faute de frappe : un caractère est erroné, ou deux sont intervertis. Comparez ce groupe avec l’écran de l’autre partie.`,
      other: `Les groupes ${groups} (${typed}) contiennent une faute de frappe : un caractère est erroné, ou deux sont intervertis. Comparez ces groupes avec l’écran de l’autre partie.`,
    }),
  lengthIn: (group: string, typed: string) =>
    `Le groupe ${group} (${typed}) a un caractère de trop ou de moins : chaque groupe en compte cinq.`,
  linkCleared: 'Le code du lien a été retiré de la barre d’adresse : il ne reste pas dans votre historique.',
  theirKeptCode: 'Son code :',
  storedNote: 'Son code est conservé avec ce dossier sur cet appareil : vous retrouverez la comparaison en revenant.',
  storedBroken: 'Le code conservé avec ce dossier ne peut plus être lu.',
  forget: 'Oublier ses réponses',
  forgotten: 'Ses réponses sont oubliées : son code n’est plus conservé avec ce dossier.',
  replaceCode: 'Comparer avec un autre code',
  prioritiesTitle: 'Vos priorités côte à côte',
  goalsTitle: 'Ce qui compte pour chacun, et ce qui fait obstacle',
  agree: 'Là où vous concordez',
  close: 'À un niveau d’écart',
  differ: 'Là où vous divergez',
  onlyOne: 'Renseigné par un seul d’entre vous',
  factsTitle: 'Les faits tels que chacun les a indiqués',
  nothingInCommon: 'Vous n’avez encore répondu à aucune question en commun.',
  colWhat: 'Question',
  colYou: 'Vous',
  colThem: 'L’autre partie',
  notAnswered: 'Sans réponse',
  yes: 'Oui',
  no: 'Non',
  rankingTitle: 'Les modes de règlement qui vous conviennent à tous les deux',
  howCombined: 'Classés selon le plus bas de vos deux scores : une option doit convenir à chacun de vous.',
  jointOrder: 'Modes de règlement pour vous deux, le meilleur d’abord',
  together: (score: string) => `Ensemble : ${score}`,
  yourScore: (score: string, rank: string) => `Vous : score ${score}, rang ${rank}`,
  theirScore: (score: string, rank: string) => `L’autre partie : score ${score}, rang ${rank}`,
  limitedByYou: 'Vos réponses fixent le score commun.',
  limitedByThem: 'Ses réponses fixent le score commun.',
  limitedByBoth: 'Le même score pour vous deux.',
  noShared: 'Aucun mode de règlement n’est ouvert à vous deux avec ces réponses.',
  excludedTitle: 'Exclus d’après les réponses d’une seule partie',
  excludedLead:
    'Un mode de règlement que les réponses de l’une des parties excluent ne peut pas être choisi ensemble, à moins que l’obstacle ne disparaisse.',
  needsBoth: 'Exige l’accord des deux',
  fromYours: 'D’après vos réponses :',
  fromTheirs: 'D’après ses réponses :',
  fromBoth: 'D’après vos réponses à tous les deux :',
  bothExcluded: (count: string) => `Exclus d’après vos réponses à tous les deux (${count})`,
  safetyNote:
    'Votre réponse sur la sécurité compte dans ce que vous voyez ici. Elle n’est pas dans votre code : l’écran de l’autre partie n’en tient pas compte.',
  backToResults: 'Retour à vos résultats',
  linkTitle: 'Comparer avec l’autre partie',
  linkLead:
    'Saisissez le code que l’autre partie vous a envoyé. Il ne contient que les niveaux de ses réponses : aucun nom, rien de ce qu’elle a écrit.',
  linkValid: 'Son code est valide.',
  whichCase: 'Quel dossier est concerné ?',
  compareWithCase: (title: string) => `Comparer avec « ${title} »`,
  startNew: 'Ouvrir un nouveau dossier avec son code',
  startNewHelp:
    'Son code est conservé avec le nouveau dossier. Une fois les questions remplies, ouvrez « Choisir le mode de règlement ensemble » depuis vos résultats.',
  noCases: 'Vous n’avez encore aucun dossier sur cet appareil.',
  willTitle: 'Comment chacun voit l’autre',
  willLead:
    'La question « L’autre partie est-elle disposée à chercher un accord ? » porte sur l’autre partie : vos deux réponses concernent donc deux personnes différentes. Elles sont présentées comme le regard de chacun sur l’autre, jamais comme un accord ou un désaccord.',
  willYours: 'Votre réponse à son sujet',
  willTheirs: 'Sa réponse à votre sujet',
  'both-doubt':
    'Chacun de vous s’attend à ce que l’autre ne veuille pas d’accord. Pourtant, vous avez tous deux répondu et échangé vos codes, ce qui est déjà un pas vers le dialogue : chacun est peut-être plus ouvert que l’autre ne le pense. Dire ce que vous accepteriez d’essayer est un bon point de départ.',
  'they-doubt-you':
    'L’autre partie s’attend à ce que vous ne vouliez pas d’accord, alors que, selon vous, elle est ouverte à un accord. Si vous voulez essayer, le lui dire peut changer sa vision des options.',
  'you-doubt-them':
    'Vous vous attendez à ce que l’autre partie ne veuille pas d’accord, alors que sa réponse vous prête une réelle ouverture. Son code ne dit pas à quel point elle-même y est disposée, mais elle vous l’a envoyé : demandez-lui ce qu’elle accepterait d’essayer.',
  'both-open':
    'Chacun de vous voit l’autre ouvert à un accord : un bon début pour choisir ensemble un mode de règlement.',
  'one-view': 'Un seul d’entre vous a répondu à cette question : il n’y a qu’un regard à lire.',
  willRefusal:
    'Plus bas, les modes de règlement qui exigent l’accord des deux sont exclus parce que l’un de vous s’attend à un refus de l’autre. Si chacun de vous dit vouloir essayer, ils redeviennent possibles.',
} satisfies TranslationOf<typeof togetherMessages>;
