import { defineMessages } from '../../i18n/messages.ts';
import type { CodeError } from '../../domain/together/priorities-code.ts';

export const togetherMessages = defineMessages(
  {
    lead: 'Each of you answers on your own device. Swap codes, and Olé shows side by side where your priorities agree and differ, and which processes suit you both. No server is involved: the code goes only where you send it.',
    yourCode: 'Your code',
    whatItTells: 'What your code tells the other party',
    tellsLevels:
      'How much each goal and each obstacle matters to you, as the levels you chose (for example “Very important” or “A little”).',
    tellsFacts:
      'The facts you picked about the case: the amount band, how far it has escalated, whether it crosses borders, whether there is an arbitration clause, and the like.',
    tellsNot:
      'Nothing else: not your name, not the case name, nothing you typed, not your worksheet, and never your answer about safety, which stays on this device.',
    anyoneCanRead: 'Anyone who has the code can read these levels, so send it only to the other party.',
    noAnswers: 'You have not answered any questions in this case yet, so your code would say nothing.',
    showMyCode: 'Show my code',
    codeLabel: 'Your code, in five groups of five to read aloud',
    readHint:
      'Capital or small letters make no difference. There is no letter O, I or L: those are the digits 0 and 1.',
    copyCode: 'Copy the code',
    copyLink: 'Copy the link',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    share: 'Share the link',
    shareTitle: 'My Olé priorities',
    linkLabel: 'Link to send',
    linkHelp:
      'The code is after the “#”: browsers never send that part to any server, so it stays between your two devices.',
    qrLabel: 'QR code of the link, to scan with the other party’s phone',
    theirCode: 'The other party’s code',
    theirCodeHelp:
      'Type or paste the code or the link they sent you. Capital or small letters, spaces and dashes do not matter.',
    compare: 'Compare',
    nothingChanged: 'Nothing was saved.',
    quoted: (text: string) => `“${text}”`,
    typoIn: (groups: string, count: number, typed: string) =>
      count === 1
        ? `Group ${groups} (${typed}) has a typo: a character is wrong, or two are swapped. Check that group against the other party’s screen.`
        : `Groups ${groups} (${typed}) have a typo: a character is wrong, or two are swapped. Check those groups against the other party’s screen.`,
    lengthIn: (group: string, typed: string) =>
      `Group ${group} (${typed}) has a character too many or too few: each group has five.`,
    linkCleared: 'The code from the link has been taken out of the address bar, so it does not stay in your history.',
    theirKeptCode: 'Their code:',
    storedNote: 'Their code is kept with this case on this device, so the comparison is here when you come back.',
    storedBroken: 'The code kept with this case can no longer be read.',
    forget: 'Forget their answers',
    forgotten: 'Their answers are forgotten. Their code is no longer kept with this case.',
    replaceCode: 'Compare with another code',
    prioritiesTitle: 'Your priorities side by side',
    goalsTitle: 'What matters to each of you, and what stands in the way',
    agree: 'Where you agree',
    close: 'One step apart',
    differ: 'Where you differ',
    onlyOne: 'Answered by only one of you',
    factsTitle: 'The facts as each of you gave them',
    nothingInCommon: 'You have not answered any of the same questions yet.',
    colWhat: 'Question',
    colYou: 'You',
    colThem: 'The other party',
    notAnswered: 'Not answered',
    yes: 'Yes',
    no: 'No',
    rankingTitle: 'The processes that suit you both',
    howCombined: 'Ranked by the lower of your two scores, so an option must suit both of you.',
    jointOrder: 'Processes for both of you, best first',
    together: (score: string) => `Together: ${score}`,
    yourScore: (score: string, rank: string) => `You: score ${score}, ranked ${rank}`,
    theirScore: (score: string, rank: string) => `Them: score ${score}, ranked ${rank}`,
    limitedByYou: 'Your answers set the joint score.',
    limitedByThem: 'Their answers set the joint score.',
    limitedByBoth: 'The same score for both of you.',
    noShared: 'No process is open to both of you on these answers.',
    excludedTitle: 'Ruled out by one side’s answers',
    excludedLead:
      'A process that one side’s answers rule out cannot be chosen together, unless what stands in its way changes.',
    needsBoth: 'Needs both to agree',
    fromYours: 'From your answers:',
    fromTheirs: 'From their answers:',
    fromBoth: 'From both your answers:',
    bothExcluded: (count: string) => `Ruled out by both your answers (${count})`,
    safetyNote:
      'Your answer about safety counts in what you see here. It is not in your code, so the other party’s screen does not include it.',
    backToResults: 'Back to your results',
    linkTitle: 'Compare with the other party',
    linkLead:
      'Enter the code the other party sent you. It holds only the levels of their answers: no names and nothing they typed.',
    linkValid: 'Their code is valid.',
    whichCase: 'Which of your cases is this about?',
    compareWithCase: (title: string) => `Compare with “${title}”`,
    startNew: 'Start a new case with their code',
    startNewHelp:
      'Their code is kept with the new case. Once you have answered the questions, open “Choose the process together” from your results.',
    noCases: 'You have no cases on this device yet.',
    willTitle: 'How each of you sees the other',
    willLead:
      'The question “How willing is the other side to try to settle?” is about the other side, so your two answers are about two different people. They are shown as each side’s view of the other, never as agreeing or differing.',
    willYours: 'Your answer about them',
    willTheirs: 'Their answer about you',
    'both-doubt':
      'Each of you expects the other to be unwilling. Yet you have both answered and swapped codes, which is already a step towards talking: each of you may be more open than the other thinks. Saying what you would be willing to try is a good place to start.',
    'they-doubt-you':
      'They expect you to be unwilling, while you see them as open to settling. If you are willing to try, telling them so may change how they see the options.',
    'you-doubt-them':
      'You expect them to be unwilling, while they see you as open to settling. Their code does not say how willing they are themselves, but they did send it: ask them what they would be willing to try.',
    'both-open': 'Each of you sees the other as open to settling: a good start for choosing a process together.',
    'one-view': 'Only one of you answered this question, so there is only one view to read.',
    willRefusal:
      'Below, processes that need both of you to agree are ruled out because one of you expects the other to refuse. If you both say you are willing to try, they are open again.',
  },
  {
    fr: {
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
        count === 1
          ? `Le groupe ${groups} (${typed}) contient une faute de frappe : un caractère est erroné, ou deux sont intervertis. Comparez ce groupe avec l’écran de l’autre partie.`
          : `Les groupes ${groups} (${typed}) contiennent une faute de frappe : un caractère est erroné, ou deux sont intervertis. Comparez ces groupes avec l’écran de l’autre partie.`,
      lengthIn: (group: string, typed: string) =>
        `Le groupe ${group} (${typed}) a un caractère de trop ou de moins : chaque groupe en compte cinq.`,
      linkCleared: 'Le code du lien a été retiré de la barre d’adresse : il ne reste pas dans votre historique.',
      theirKeptCode: 'Son code :',
      storedNote:
        'Son code est conservé avec ce dossier sur cet appareil : vous retrouverez la comparaison en revenant.',
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
    },
    es: {
      lead: 'Cada parte responde en su propio dispositivo. Intercambien sus códigos y Olé mostrará, uno junto a otro, en qué coinciden y en qué difieren sus prioridades, y qué procedimientos les convienen a ambos. No interviene ningún servidor: el código solo va adonde usted lo envíe.',
      yourCode: 'Su código',
      whatItTells: 'Lo que su código le dice a la otra parte',
      tellsLevels:
        'Cuánto le importa cada objetivo y cuánto pesa cada obstáculo, según los niveles que eligió (por ejemplo, «Muy importante» o «Un poco»).',
      tellsFacts:
        'Los datos que indicó sobre el caso: la franja de la cuantía, el grado de escalada, si es transfronterizo, si hay cláusula de arbitraje, etc.',
      tellsNot:
        'Nada más: ni su nombre, ni el nombre del caso, ni nada de lo que escribió, ni su hoja de análisis, y nunca su respuesta sobre la seguridad, que se queda en este dispositivo.',
      anyoneCanRead: 'Cualquiera que tenga el código puede leer estos niveles: envíelo solo a la otra parte.',
      noAnswers: 'Aún no ha respondido a ninguna pregunta de este caso, así que su código no diría nada.',
      showMyCode: 'Mostrar mi código',
      codeLabel: 'Su código, en cinco grupos de cinco para leerlo en voz alta',
      readHint: 'Da igual mayúsculas o minúsculas. No hay letras O, I ni L: son las cifras 0 y 1.',
      copyCode: 'Copiar el código',
      copyLink: 'Copiar el enlace',
      copied: 'Copiado.',
      copyFailed: 'No se pudo copiar: seleccione el texto y cópielo usted.',
      share: 'Compartir el enlace',
      shareTitle: 'Mis prioridades en Olé',
      linkLabel: 'Enlace para enviar',
      linkHelp:
        'El código va después del «#»: los navegadores nunca envían esa parte a ningún servidor, así que queda entre sus dos dispositivos.',
      qrLabel: 'Código QR del enlace, para escanearlo con el teléfono de la otra parte',
      theirCode: 'El código de la otra parte',
      theirCodeHelp:
        'Escriba o pegue el código o el enlace que le enviaron. Las mayúsculas o minúsculas, los espacios y los guiones no importan.',
      compare: 'Comparar',
      nothingChanged: 'No se ha guardado nada.',
      quoted: (text: string) => `«${text}»`,
      typoIn: (groups: string, count: number, typed: string) =>
        count === 1
          ? `El grupo ${groups} (${typed}) tiene una errata: hay un carácter equivocado o dos cambiados de sitio. Compare ese grupo con la pantalla de la otra parte.`
          : `Los grupos ${groups} (${typed}) tienen una errata: hay un carácter equivocado o dos cambiados de sitio. Compare esos grupos con la pantalla de la otra parte.`,
      lengthIn: (group: string, typed: string) =>
        `Al grupo ${group} (${typed}) le sobra o le falta un carácter: cada grupo tiene cinco.`,
      linkCleared: 'El código del enlace se ha quitado de la barra de direcciones: no queda en su historial.',
      theirKeptCode: 'Su código:',
      storedNote:
        'Su código se guarda con este caso en este dispositivo, así que la comparación estará aquí cuando vuelva.',
      storedBroken: 'El código guardado con este caso ya no se puede leer.',
      forget: 'Olvidar sus respuestas',
      forgotten: 'Sus respuestas se han olvidado: su código ya no se guarda con este caso.',
      replaceCode: 'Comparar con otro código',
      prioritiesTitle: 'Sus prioridades, una junto a otra',
      goalsTitle: 'Lo que importa a cada parte y lo que se interpone',
      agree: 'En qué coinciden',
      close: 'A un nivel de distancia',
      differ: 'En qué difieren',
      onlyOne: 'Respondido solo por una de las partes',
      factsTitle: 'Los hechos según cada parte',
      nothingInCommon: 'Todavía no han respondido a ninguna pregunta en común.',
      colWhat: 'Pregunta',
      colYou: 'Usted',
      colThem: 'La otra parte',
      notAnswered: 'Sin respuesta',
      yes: 'Sí',
      no: 'No',
      rankingTitle: 'Los procedimientos que les convienen a ambos',
      howCombined: 'Ordenados por la más baja de sus dos puntuaciones, así que una opción debe convenir a ambos.',
      jointOrder: 'Procedimientos para ambos, el mejor primero',
      together: (score: string) => `Juntos: ${score}`,
      yourScore: (score: string, rank: string) => `Usted: puntuación ${score}, puesto ${rank}`,
      theirScore: (score: string, rank: string) => `La otra parte: puntuación ${score}, puesto ${rank}`,
      limitedByYou: 'Sus respuestas fijan la puntuación conjunta.',
      limitedByThem: 'Las respuestas de la otra parte fijan la puntuación conjunta.',
      limitedByBoth: 'La misma puntuación para ambos.',
      noShared: 'Con estas respuestas, ningún procedimiento está abierto a ambos.',
      excludedTitle: 'Descartados según las respuestas de una sola parte',
      excludedLead:
        'Un procedimiento que las respuestas de una de las partes descartan no puede elegirse juntos, salvo que cambie lo que lo impide.',
      needsBoth: 'Requiere el acuerdo de ambos',
      fromYours: 'Según sus respuestas:',
      fromTheirs: 'Según las respuestas de la otra parte:',
      fromBoth: 'Según las respuestas de ambos:',
      bothExcluded: (count: string) => `Descartados según las respuestas de ambos (${count})`,
      safetyNote:
        'Su respuesta sobre la seguridad cuenta en lo que ve aquí. No está en su código, así que la pantalla de la otra parte no la incluye.',
      backToResults: 'Volver a sus resultados',
      linkTitle: 'Comparar con la otra parte',
      linkLead:
        'Introduzca el código que le envió la otra parte. Solo contiene los niveles de sus respuestas: ningún nombre y nada de lo que escribió.',
      linkValid: 'Su código es válido.',
      whichCase: '¿A cuál de sus casos se refiere?',
      compareWithCase: (title: string) => `Comparar con «${title}»`,
      startNew: 'Abrir un caso nuevo con su código',
      startNewHelp:
        'Su código se guarda con el caso nuevo. Cuando haya respondido a las preguntas, abra «Elegir el procedimiento juntos» desde sus resultados.',
      noCases: 'Aún no tiene casos en este dispositivo.',
      willTitle: 'Cómo ve cada parte a la otra',
      willLead:
        'La pregunta «¿Qué disposición tiene la otra parte a intentar un acuerdo?» trata de la otra parte, así que sus dos respuestas hablan de dos personas distintas. Se muestran como la visión que cada parte tiene de la otra, nunca como coincidencia o diferencia.',
      willYours: 'Su respuesta sobre la otra parte',
      willTheirs: 'La respuesta de la otra parte sobre usted',
      'both-doubt':
        'Cada parte espera que la otra no quiera llegar a un acuerdo. Sin embargo, ambas han respondido e intercambiado sus códigos, lo que ya es un paso hacia el diálogo: cada una puede estar más abierta de lo que la otra cree. Decir qué aceptaría intentar es un buen punto de partida.',
      'they-doubt-you':
        'La otra parte espera que usted no quiera llegar a un acuerdo, mientras que usted la ve abierta a ello. Si quiere intentarlo, decírselo puede cambiar cómo ve las opciones.',
      'you-doubt-them':
        'Usted espera que la otra parte no quiera llegar a un acuerdo, mientras que ella le atribuye apertura. Su código no dice cuán dispuesta está ella misma, pero se lo ha enviado: pregúntele qué aceptaría intentar.',
      'both-open':
        'Cada parte ve a la otra abierta a un acuerdo: un buen comienzo para elegir juntos un procedimiento.',
      'one-view': 'Solo una de las partes ha respondido a esta pregunta, así que hay una sola visión que leer.',
      willRefusal:
        'Más abajo, los procedimientos que requieren el acuerdo de ambos quedan descartados porque una de las partes espera que la otra se niegue. Si ambas dicen que quieren intentarlo, vuelven a estar abiertos.',
    },
  },
);

/** One message per way a code can be wrong (CodeError), so a typo is told apart from a code from a newer Olé. */
export const codeErrorMessages = defineMessages(
  {
    empty: 'Type or paste the other party’s code first.',
    'not-a-code': 'This is not an Olé code. A code has 25 letters and digits, in five groups of five.',
    'wrong-length': 'This code is too short or too long: a code has five groups of five letters and digits.',
    checksum:
      'This code has a typo: a character is wrong, missing or swapped. Check it against the other party’s screen.',
    'newer-version':
      'This code comes from a newer version of Olé. Update Olé (reload it while online), then try again.',
    'unknown-version': 'This code’s format is not one Olé knows. Ask the other party to send a new code.',
    'bad-level': 'This code holds answers Olé does not recognise. Ask the other party to send it again.',
  } satisfies Record<CodeError, string>,
  {
    fr: {
      empty: 'Saisissez ou collez d’abord le code de l’autre partie.',
      'not-a-code': 'Ce n’est pas un code Olé. Un code compte 25 lettres et chiffres, en cinq groupes de cinq.',
      'wrong-length': 'Ce code est trop court ou trop long : un code compte cinq groupes de cinq lettres et chiffres.',
      checksum:
        'Ce code contient une faute de frappe : un caractère est erroné, manquant ou interverti. Comparez-le avec l’écran de l’autre partie.',
      'newer-version':
        'Ce code vient d’une version plus récente d’Olé. Mettez Olé à jour (rechargez-le en ligne), puis réessayez.',
      'unknown-version': 'Olé ne connaît pas le format de ce code. Demandez à l’autre partie un nouveau code.',
      'bad-level': 'Ce code contient des réponses qu’Olé ne reconnaît pas. Demandez à l’autre partie de le renvoyer.',
    },
    es: {
      empty: 'Primero escriba o pegue el código de la otra parte.',
      'not-a-code': 'Esto no es un código de Olé. Un código tiene 25 letras y cifras, en cinco grupos de cinco.',
      'wrong-length':
        'Este código es demasiado corto o demasiado largo: un código tiene cinco grupos de cinco letras y cifras.',
      checksum:
        'Este código tiene una errata: hay un carácter equivocado, que falta o cambiado de sitio. Compárelo con la pantalla de la otra parte.',
      'newer-version':
        'Este código viene de una versión más reciente de Olé. Actualice Olé (recárguelo con conexión) y vuelva a intentarlo.',
      'unknown-version': 'Olé no conoce el formato de este código. Pida a la otra parte un código nuevo.',
      'bad-level':
        'Este código contiene respuestas que Olé no reconoce. Pida a la otra parte que se lo vuelva a enviar.',
    },
  },
);
