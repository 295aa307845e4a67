import type { TranslationOf } from '../../../i18n/messages.ts';
import type { guideMessages } from '../../workshop/guide.messages.ts';

export default {
  title: 'Guide de l’animateur',
  link: 'Guide de l’animateur : déroulés de 20 et 45 minutes',
  lead: 'Comment animer avec Olé un atelier sur le choix d’un mode de règlement des différends : un déroulé de 20 minutes, un déroulé de 45 minutes avec deux scénarios et les votes de la salle, et comment faire sans Wi-Fi.',
  minutes: (from: number, to: number) => `${from}–${to} min`,

  prepareHeading: 'Avant le jour J',
  prepareScenario:
    'Choisissez un scénario dans la bibliothèque et lisez ses notes de l’animateur : ce que montre le changement suggéré, une idée reçue et les références sur lesquelles repose le point.',
  prepareHandout:
    'Imprimez sa fiche d’une page pour chaque participant ou chaque table. Elle ne montre pas le classement d’Olé : la salle classe d’abord.',
  prepareLaptop:
    'Ouvrez Olé sur l’ordinateur depuis lequel vous présenterez, pendant qu’il est en ligne (voir « Sans Wi-Fi » plus bas).',

  shortHeading: 'Un atelier de 20 minutes : un scénario',
  shortIntro:
    'Ouvrez le mode présentateur du scénario sur le projecteur. Son minuteur de 20 minutes démarre avec lui ; T le met en pause, et il se termine par un signal visuel discret.',
  shortStory: 'Le récit',
  shortStoryText: 'Lisez-le à voix haute ; la salle suit sur la fiche.',
  shortAnswers: 'Les réponses préparées',
  shortAnswersText: 'Parcourez-les avec → ou Espace. À chacune, demandez qui aurait répondu autrement.',
  shortGuess: 'La salle classe',
  shortGuessText:
    'Avant le dévoilement, chaque table note les trois modes qui lui semblent convenir le mieux, et pourquoi.',
  shortReveal: 'Le dévoilement',
  shortRevealText:
    'Appuyez sur R. Comparez le classement d’Olé aux propositions des tables, puis reprenez les points à discuter.',
  shortFlip: 'Le changement',
  shortFlipText:
    'Appuyez sur F pour le changement suggéré : d’abord ce qu’il a exclu ou rétabli, avec la raison, puis ce qui a bougé et pourquoi.',
  shortClose: 'Conclusion',
  shortCloseText:
    'Au signal du minuteur, terminez par une question : que demanderiez-vous à une partie avant de choisir un mode de règlement ?',

  longHeading: 'Un atelier de 45 minutes : deux scénarios et les votes de la salle',
  longIntro: 'Prenez deux scénarios qui mènent à des modes différents, par exemple :',
  pairContracts:
    'deux litiges contractuels, l’un où les parties se parlent encore, l’autre avec une clause, un refus et une exécution à l’étranger',
  pairTechnical: 'deux questions techniques, un comité pour un chantier en cours et un expert pour une évaluation',
  compareThem: 'Les comparer côte à côte',
  longOpen: 'Ouverture',
  longOpenText:
    'Demandez à la salle comment elle choisit un mode de règlement aujourd’hui. La question de Sander et Goldberg (1994) : quel forum pour quel différend ?',
  longFirst: 'Premier scénario',
  longFirstText:
    'Comme dans le déroulé de 20 minutes, mais à chaque réponse préparée, enregistrez le vote à main levée de la salle dans le mode présentateur. Les votes restent sur votre ordinateur.',
  longRoom: 'Le classement de la salle',
  longRoomText:
    'Montrez le classement de la salle à côté de celui du cas : quelles réponses diffèrent, et qu’est-ce qui a bougé à cause d’elles ?',
  longSecond: 'Second scénario',
  longSecondText:
    'Laissez une table choisir son propre changement à la place du changement suggéré, et faites prédire à la salle ce qui va bouger avant de le montrer.',
  longCompare: 'Côte à côte',
  longCompareText:
    'Ouvrez la comparaison avec les deux scénarios : qu’est-ce qui change de l’un à l’autre, et pourquoi ?',
  longClose: 'Conclusion',
  longCloseText:
    'Chaque participant cite une question qu’il posera à une partie avant de choisir un mode de règlement.',

  offlineHeading: 'Sans Wi-Fi',
  offlineOnce:
    'Ouvrez Olé une fois sur l’ordinateur pendant qu’il est en ligne, dans le navigateur avec lequel vous présenterez. L’application et tous les scénarios sont alors conservés sur l’ordinateur, qui fonctionne sans réseau.',
  offlineCheck: 'Vérifiez-le avant le jour J : coupez le Wi-Fi et ouvrez le mode présentateur de votre scénario.',
  offlineNotes:
    'Les notes de l’animateur s’ouvrent dans une seconde fenêtre du même navigateur et suivent les diapositives sans réseau : gardez-les sur l’écran de l’ordinateur et les diapositives sur le projecteur.',
  offlinePhones:
    'Les codes QR n’ouvrent Olé sur les téléphones des participants que si ces téléphones ont un réseau (le Wi-Fi de la salle ou des données mobiles). Sinon, utilisez les fiches imprimées.',
  offlineScreen:
    'Le mode présentateur occupe tout l’écran, sans l’en-tête de l’application ; sa barre du haut change la langue et le thème clair ou sombre.',
  keysHeading: 'Touches du mode présentateur',
  keysNote: 'Les touches sont aussi affichées à l’écran, chacune avec un bouton.',
  keyTimer: 'mettre en pause ou relancer le minuteur',
} satisfies TranslationOf<typeof guideMessages>;
