import type { TranslationOf } from '../../../i18n/messages.ts';
import type { howMessages } from '../../pages/how.messages.ts';

export default {
  title: 'Comment fonctionne Olé',
  lead: 'Olé vous aide à choisir comment régler un différend, et avec qui. Ce qu’il vous offre dépend de qui vous êtes.',

  partyHeading: 'Si vous êtes partie à un différend',
  partyAnswer:
    'Répondez une à une à des questions simples sur votre différend. Chaque réponse est enregistrée dès que vous la donnez, et vous pouvez laisser de côté une question à laquelle vous ne savez pas répondre.',
  partyRanked:
    'Voyez les façons de le régler classées, de la négociation et de la médiation à l’arbitrage et au tribunal, chacune avec les raisons de sa place, et celles qui ne peuvent pas convenir ici, avec pourquoi.',
  partyChange:
    'Voyez quelle réponse, à elle seule, changerait l’option classée en tête, et à quel point le classement est solide tant que des questions restent sans réponse.',
  partyWhatIf:
    'Essayez des hypothèses : modifiez une réponse et regardez le classement bouger. Votre dossier garde ses réponses enregistrées tant que vous ne choisissez pas de garder la nouvelle.',
  partyWorksheet:
    'Servez-vous de la fiche d’analyse pour l’argent : l’enjeu, les coûts et le temps jusqu’à une décision, et votre meilleure solution de rechange à un accord négocié (MESORE, en anglais BATNA). Olé calcule ce que vaut, pour chaque partie, le fait de continuer, et détaille son calcul.',
  partyReport: 'Imprimez un rapport de votre dossier, ou enregistrez-le en PDF depuis le navigateur.',
  partyTogether:
    'Choisissez le mode de règlement avec l’autre partie : chacun répond sur son propre appareil, vous échangez des codes courts, et Olé montre où vous êtes d’accord et quels modes vous conviennent à tous deux. Un code ne contient ni nom, ni texte saisi, ni fiche d’analyse.',
  partyMediator:
    'Trouvez un médiateur certifié qui convient à votre dossier, retenez-en quelques-uns et partagez la liste pour choisir ensemble.',
  partyStart: 'Commencer depuis l’accueil',
  partyCode: 'Saisir le code de l’autre partie',
  partyFind: 'Trouver un médiateur',

  counselHeading: 'Si vous êtes avocat ou juriste',
  counselSame: 'Tout ce que peut faire une partie, pour le dossier de votre client.',
  counselReport:
    'Un rapport pour un client ou un conseil d’administration : d’abord une synthèse, puis les réponses, puis le détail, à imprimer ou à enregistrer en PDF.',
  counselVersion:
    'La version des règles sur les résultats et sur le rapport, pour pouvoir dire de quelles règles vient un classement.',
  counselSources:
    'Chaque chiffre affiché avec une option cite sa source publiée et son année ; lorsqu’une affirmation relève du jugement propre d’Olé, il le dit.',
  counselFile: 'Exportez un dossier dans un fichier pour un confrère, qui pourra l’importer sur son propre appareil.',
  counselDigest:
    'Vérifiez que la certification d’un médiateur est à jour, et lisez sa synthèse d’évaluations (Feedback Digest), avec son évaluateur et sa date.',

  youngHeading: 'Si vous êtes un jeune médiateur',
  youngMentor:
    'Trouvez un mentor grâce à la Young Mediators’ Initiative (YMI) de l’IMI : indiquez votre région, vos langues et vos centres d’intérêt, qui restent sur cet appareil, et voyez les médiateurs qui accueillent des mentorés, chacun avec la raison de la correspondance.',
  youngStandards:
    'Lisez les normes de certification, hors ligne : niveaux et spécialisations, critères de compétence, code de conduite, procédure de réclamation et programmes d’évaluation qualifiants.',
  youngMentorLink: 'Trouver un mentor',
  youngStandardsLink: 'Lire les normes',

  trainerHeading: 'Si vous êtes formateur',
  trainerScenarios:
    'Des scénarios fictifs pour un atelier de vingt minutes sur le choix d’un mode de règlement, racontés dans chacune des langues d’Olé.',
  trainerPresenter:
    'Un mode présentateur en grands caractères pour un projecteur. Une fois Olé ouvert sur votre ordinateur, il n’a plus besoin de Wi-Fi : les scénarios font partie de l’application.',
  trainerFlip:
    'Dévoilez le classement, puis changez une réponse devant la salle et montrez ce qui a bougé, et pourquoi.',
  trainerPhones: 'Les participants scannent un code QR pour suivre sur leur propre téléphone.',
  trainerNotes:
    'Des notes de l’intervenant, dans une seconde fenêtre du même navigateur, suivent les diapositives et peuvent les faire avancer.',
  trainerTimer: 'Un minuteur de 20 minutes qui se termine par un signal visuel discret.',
  trainerHandout:
    'Une fiche d’une page à imprimer pour chaque scénario, sans le classement d’Olé, pour que la salle classe d’abord.',
  trainerLink: 'Ouvrir les scénarios d’atelier',

  rankingHeading: 'Comment le classement est établi',
  rankingGates:
    'D’abord, les options qui ne peuvent pas convenir à votre dossier sont écartées, chacune avec la raison.',
  rankingFirst:
    'Lorsque la sécurité de quelqu’un est en jeu, les résultats commencent par une étape de protection ; une option qui ne peut pas apporter ce que vous avez dit essentiel passe après toutes celles qui le peuvent.',
  rankingScores:
    'Le score de chaque option est la somme de raisons nommées, affichées avec l’option, comme « parce que la confidentialité compte pour vous, +12 ».',
  rankingTies:
    'Les options dont les scores sont à 2 points ou moins l’une de l’autre partagent un rang, et les résultats disent qu’elles se valent à peu près.',
  rankingRatings:
    'Les notes derrière les scores sont le jugement propre d’Olé, d’après des cadres publiés de choix du mode de règlement, comme celui de Sander et Goldberg (1994) ; ce ne sont ni celles de l’IMI, ni des valeurs tirées de ces travaux.',
  rankingAdvice: 'Le classement vous aide à réfléchir à vos options ; ce n’est pas un conseil juridique.',

  dataHeading: 'Vos données',
  dataDevice:
    'Vos réponses, votre fiche d’analyse et vos dossiers restent dans ce navigateur, sur cet appareil. Il n’y a ni compte ni mesure d’audience, et Olé n’envoie aucune requête au serveur de qui que ce soit d’autre.',
  dataShare:
    'Rien ne quitte l’appareil, sauf si vous exportez un dossier ou partagez un code ou une liste de médiateurs.',
  dataPassphrase:
    'Vous pouvez protéger vos dossiers par une phrase secrète : ils sont alors enregistrés chiffrés, et chaque nouvel onglet la demande. Une phrase secrète oubliée ne peut pas être retrouvée.',
  dataFile:
    'Vous pouvez exporter un dossier dans un fichier et l’importer sur un autre appareil. Le fichier n’est pas chiffré, pour s’ouvrir partout : gardez-le en lieu sûr.',
  dataLink: 'Protéger mes dossiers',

  sourcesHeading: 'D’où viennent les données',
  sourcesRegistry:
    'L’annuaire des médiateurs certifiés, leurs synthèses d’évaluations et les normes de certification viennent d’un registre qui signe ce qu’il publie. Olé n’accepte une mise à jour que si la signature est valide, et en garde une copie sur cet appareil : l’annuaire fonctionne hors ligne.',
  sourcesBadges:
    'Un badge de certification n’est affiché que tant que la certification est à jour ; une synthèse d’évaluations de plus de 24 mois est signalée.',
  sourcesDemo:
    'Les données de démonstration sont signalées comme telles : leurs médiateurs, évaluateurs et synthèses sont inventés. Les scénarios d’atelier sont fictifs, et présentés comme tels.',
  sourcesLink: 'Ouvrir l’annuaire',
} satisfies TranslationOf<typeof howMessages>;
