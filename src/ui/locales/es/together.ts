import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { togetherMessages } from '../../together/together.messages.ts';

export default {
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
    plural('es', count, {
      one: `El grupo ${groups} (${typed}) tiene una errata: hay un carácter equivocado o dos cambiados de sitio. Compare ese grupo con la pantalla de la otra parte.`,
      other: `Los grupos ${groups} (${typed}) tienen una errata: hay un carácter equivocado o dos cambiados de sitio. Compare esos grupos con la pantalla de la otra parte.`,
    }),
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
  'both-open': 'Cada parte ve a la otra abierta a un acuerdo: un buen comienzo para elegir juntos un procedimiento.',
  'one-view': 'Solo una de las partes ha respondido a esta pregunta, así que hay una sola visión que leer.',
  willRefusal:
    'Más abajo, los procedimientos que requieren el acuerdo de ambos quedan descartados porque una de las partes espera que la otra se niegue. Si ambas dicen que quieren intentarlo, vuelven a estar abiertos.',
} satisfies TranslationOf<typeof togetherMessages>;
