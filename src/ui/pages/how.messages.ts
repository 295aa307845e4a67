import { defineMessages } from '../../i18n/messages.ts';

// Each sentence is checked against what the app does: a claim here is a promise to the reader.
export const howMessages = defineMessages(
  {
    title: 'How Olé works',
    lead: 'Olé helps you choose how to resolve a dispute, and with whom. What it offers depends on who you are.',

    partyHeading: 'If you are a party in a dispute',
    partyAnswer:
      'Answer plain questions about your dispute, one at a time. Each answer is saved as you give it, and you can leave out any question you cannot answer.',
    partyRanked:
      'See the ways to resolve it ranked, from negotiation and mediation to arbitration and court, each with the reasons for its place, and the ones that cannot work here with why.',
    partyChange:
      'See which single answer would change the option ranked first, and how firm the ranking is while questions are left unanswered.',
    partyWhatIf:
      'Try what-ifs: change an answer and watch the ranking move. Your case keeps its saved answers until you choose to keep the new one.',
    partyWorksheet:
      'Use the worksheet for the money: what is at stake, the costs and the time to a decision, and your best alternative to a negotiated agreement (BATNA). Olé works out what going on is worth to each side and shows its working.',
    partyReport: 'Print a report of your case, or save it as a PDF from the browser.',
    partyTogether:
      'Choose the process together with the other side: each of you answers on your own device, you exchange short codes, and Olé shows where you agree and which processes suit you both. A code carries no name, typed text or worksheet.',
    partyMediator:
      'Find a certified mediator who fits your case, shortlist a few and share the list to choose together.',
    partyStart: 'Start from the home page',
    partyCode: 'Enter the other side’s code',
    partyFind: 'Find a mediator',

    counselHeading: 'If you are counsel',
    counselSame: 'Everything a party can do, for your client’s case.',
    counselReport:
      'A report for a client or a board: a summary first, then the answers, then the detail, to print or save as a PDF.',
    counselVersion:
      'The rules version on the results and on the report, so you can say which rules a ranking came from.',
    counselSources:
      'Every figure shown with an option names its published source and year; where a statement is Olé’s own judgement, it says so.',
    counselFile: 'Export a case as a file for outside counsel, who can import it on their own device.',
    counselDigest:
      'Check that a mediator’s certification is current, and read their Feedback Digest with its Reviewer and date.',

    youngHeading: 'If you are a young mediator',
    youngMentor:
      'Find a mentor through IMI’s Young Mediators’ Initiative (YMI): give your region, languages and interests, which stay on this device, and see mediators who accept mentees, each with why they match.',
    youngStandards:
      'Read the certification standards, offline: levels and specialisations, competency criteria, the code of conduct, the complaints route and the Qualifying Assessment Programs.',
    youngMentorLink: 'Find a mentor',
    youngStandardsLink: 'Read the standards',

    trainerHeading: 'If you are a trainer',
    trainerScenarios:
      'Fictional scenarios for a twenty-minute workshop on choosing a process, in English, French and Spanish.',
    trainerPresenter:
      'Presenter mode in large type for a projector. Once Olé has been opened on your laptop, it needs no Wi-Fi: the scenarios come with the app.',
    trainerFlip: 'Reveal the ranking, then change one answer in front of the room and show what moved, and why.',
    trainerPhones: 'Participants scan a QR code to follow on their own phones.',
    trainerNotes: 'Speaker notes in a second window of the same browser follow the slides and can move them.',
    trainerTimer: 'A 20-minute timer that ends with a quiet visual signal.',
    trainerHandout: 'A one-page handout to print for each scenario, without Olé’s ranking, so the room ranks first.',
    trainerLink: 'Open the workshop scenarios',

    rankingHeading: 'How the ranking works',
    rankingGates: 'First, the options that cannot work in your case are ruled out, each with the reason.',
    rankingFirst:
      'When someone’s safety is at risk, the results open with a protection step; an option that cannot give something you called essential comes after every option that can.',
    rankingScores:
      'Each option’s score is the sum of named reasons, shown with the option, such as “because privacy matters to you, +12”.',
    rankingTies: 'Options whose scores are within 2 points share a rank, and the results say they are about as good.',
    rankingRatings:
      'The ratings behind the scores are Olé’s own judgement, following published process-choice frameworks such as Sander and Goldberg’s (1994); they are not IMI’s, nor values taken from those works.',
    rankingAdvice: 'The ranking helps you think about your options; it is not legal advice.',

    dataHeading: 'Your data',
    dataDevice:
      'Your answers, worksheet and cases stay in this browser, on this device. There is no account and no analytics, and Olé makes no request to anyone else’s server.',
    dataShare: 'Nothing leaves the device unless you export a case or share a code or a shortlist.',
    dataPassphrase:
      'You can protect your cases with a passphrase: they are then stored encrypted, and each new tab asks for it. A forgotten passphrase cannot be recovered.',
    dataFile:
      'You can export a case as a file and import it on another device. The file is not encrypted, so that it opens anywhere: keep it safe.',
    dataLink: 'Protect my cases',

    sourcesHeading: 'Where the data comes from',
    sourcesRegistry:
      'The directory of certified mediators, their Feedback Digests and the certification standards come from a registry that signs what it publishes. Olé accepts an update only when the signature checks, and keeps a copy on this device, so the directory works offline.',
    sourcesBadges:
      'A certification badge is shown only while the certification is current; a Feedback Digest older than 24 months is flagged.',
    sourcesDemo:
      'Demo data is labelled as demo: its mediators, Reviewers and digests are invented. The workshop scenarios are fictional, and labelled so.',
    sourcesLink: 'Open the directory',
  },
  {
    fr: {
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
      counselFile:
        'Exportez un dossier dans un fichier pour un confrère, qui pourra l’importer sur son propre appareil.',
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
        'Des scénarios fictifs pour un atelier de vingt minutes sur le choix d’un mode de règlement, en anglais, en français et en espagnol.',
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
    },
    es: {
      title: 'Cómo funciona Olé',
      lead: 'Olé le ayuda a elegir cómo resolver un conflicto, y con quién. Lo que le ofrece depende de quién sea usted.',

      partyHeading: 'Si es parte en un conflicto',
      partyAnswer:
        'Responda una a una a preguntas sencillas sobre su conflicto. Cada respuesta se guarda en cuanto la da, y puede dejar sin responder cualquier pregunta que no sepa contestar.',
      partyRanked:
        'Vea las formas de resolverlo ordenadas, desde la negociación y la mediación hasta el arbitraje y los tribunales, cada una con las razones de su puesto, y las que no pueden servir aquí, con el porqué.',
      partyChange:
        'Vea qué respuesta, por sí sola, cambiaría la opción en primer lugar, y cuán firme es la clasificación mientras queden preguntas sin responder.',
      partyWhatIf:
        'Pruebe hipótesis: cambie una respuesta y vea moverse la clasificación. Su caso conserva las respuestas guardadas hasta que decida conservar la nueva.',
      partyWorksheet:
        'Use la hoja de análisis para el dinero: lo que está en juego, los costes y el tiempo hasta una decisión, y su mejor alternativa a un acuerdo negociado (MAAN, en inglés BATNA). Olé calcula lo que vale para cada parte seguir adelante y muestra sus cálculos.',
      partyReport: 'Imprima un informe de su caso, o guárdelo en PDF desde el navegador.',
      partyTogether:
        'Elija el procedimiento junto con la otra parte: cada uno responde en su propio dispositivo, intercambian códigos cortos y Olé muestra en qué están de acuerdo y qué procedimientos convienen a ambos. Un código no lleva ningún nombre, texto escrito ni hoja de análisis.',
      partyMediator:
        'Encuentre un mediador certificado que se ajuste a su caso, guarde unos cuantos en una lista y compártala para elegir juntos.',
      partyStart: 'Empezar desde el inicio',
      partyCode: 'Introducir el código de la otra parte',
      partyFind: 'Buscar un mediador',

      counselHeading: 'Si es abogado o asesor jurídico',
      counselSame: 'Todo lo que puede hacer una parte, para el caso de su cliente.',
      counselReport:
        'Un informe para un cliente o un consejo de administración: primero un resumen, luego las respuestas y después el detalle, para imprimir o guardar en PDF.',
      counselVersion:
        'La versión de las reglas en los resultados y en el informe, para poder decir de qué reglas salió una clasificación.',
      counselSources:
        'Cada cifra que se muestra con una opción cita su fuente publicada y su año; cuando una afirmación es un juicio propio de Olé, lo dice.',
      counselFile:
        'Exporte un caso a un archivo para un abogado externo, que podrá importarlo en su propio dispositivo.',
      counselDigest:
        'Compruebe que la certificación de un mediador está vigente y lea su resumen de valoraciones (Feedback Digest), con su evaluador y su fecha.',

      youngHeading: 'Si es un mediador joven',
      youngMentor:
        'Encuentre un mentor a través de la Young Mediators’ Initiative (YMI) del IMI: indique su región, sus idiomas y sus intereses, que se quedan en este dispositivo, y vea los mediadores que aceptan mentorizados, cada uno con el porqué de la coincidencia.',
      youngStandards:
        'Lea las normas de certificación, sin conexión: niveles y especializaciones, criterios de competencia, código de conducta, vía de reclamaciones y programas de evaluación cualificados.',
      youngMentorLink: 'Buscar un mentor',
      youngStandardsLink: 'Leer las normas',

      trainerHeading: 'Si es formador',
      trainerScenarios:
        'Escenarios ficticios para un taller de veinte minutos sobre cómo elegir un procedimiento, en inglés, francés y español.',
      trainerPresenter:
        'Un modo presentador con letra grande para un proyector. Una vez abierto Olé en su portátil, no necesita wifi: los escenarios vienen con la aplicación.',
      trainerFlip: 'Revele la clasificación, cambie luego una respuesta ante la sala y muestre qué se movió y por qué.',
      trainerPhones: 'Los participantes escanean un código QR para seguirlo en sus propios teléfonos.',
      trainerNotes:
        'Notas del presentador en una segunda ventana del mismo navegador, que siguen las diapositivas y pueden moverlas.',
      trainerTimer: 'Un temporizador de 20 minutos que termina con una discreta señal visual.',
      trainerHandout:
        'Una ficha de una página para imprimir por escenario, sin la clasificación de Olé, para que la sala ordene primero.',
      trainerLink: 'Abrir los escenarios para talleres',

      rankingHeading: 'Cómo se hace la clasificación',
      rankingGates: 'Primero se descartan las opciones que no pueden servir en su caso, cada una con el motivo.',
      rankingFirst:
        'Cuando la seguridad de alguien está en riesgo, los resultados empiezan con un paso de protección; una opción que no puede dar algo que usted calificó de esencial va detrás de todas las que sí pueden.',
      rankingScores:
        'La puntuación de cada opción es la suma de razones con nombre, mostradas con la opción, como «porque la confidencialidad le importa, +12».',
      rankingTies:
        'Las opciones cuyas puntuaciones distan 2 puntos o menos comparten puesto, y los resultados dicen que son más o menos igual de buenas.',
      rankingRatings:
        'Las valoraciones detrás de las puntuaciones son un juicio propio de Olé, según marcos publicados para elegir procedimiento, como el de Sander y Goldberg (1994); no son las del IMI ni valores tomados de esos trabajos.',
      rankingAdvice: 'La clasificación le ayuda a pensar en sus opciones; no es asesoramiento jurídico.',

      dataHeading: 'Sus datos',
      dataDevice:
        'Sus respuestas, su hoja de análisis y sus casos se quedan en este navegador, en este dispositivo. No hay cuenta ni analítica, y Olé no hace ninguna petición al servidor de nadie más.',
      dataShare:
        'Nada sale del dispositivo salvo que usted exporte un caso o comparta un código o una lista de mediadores.',
      dataPassphrase:
        'Puede proteger sus casos con una frase de contraseña: entonces se guardan cifrados, y cada pestaña nueva la pide. Una frase olvidada no se puede recuperar.',
      dataFile:
        'Puede exportar un caso a un archivo e importarlo en otro dispositivo. El archivo no está cifrado, para que se abra en cualquier sitio: guárdelo bien.',
      dataLink: 'Proteger mis casos',

      sourcesHeading: 'De dónde vienen los datos',
      sourcesRegistry:
        'El directorio de mediadores certificados, sus resúmenes de valoraciones y las normas de certificación vienen de un registro que firma lo que publica. Olé solo acepta una actualización si la firma es válida, y guarda una copia en este dispositivo, así que el directorio funciona sin conexión.',
      sourcesBadges:
        'Una insignia de certificación solo se muestra mientras la certificación está vigente; un resumen de valoraciones de más de 24 meses se señala.',
      sourcesDemo:
        'Los datos de demostración se indican como tales: sus mediadores, evaluadores y resúmenes son inventados. Los escenarios de taller son ficticios, y se indica.',
      sourcesLink: 'Abrir el directorio',
    },
  },
);
