import type { TranslationOf } from '../../../i18n/messages.ts';
import type { howMessages } from '../../pages/how.messages.ts';

export default {
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
  counselFile: 'Exporte un caso a un archivo para un abogado externo, que podrá importarlo en su propio dispositivo.',
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
    'Escenarios ficticios para un taller de veinte minutos sobre cómo elegir un procedimiento, contados en cada uno de los idiomas de Olé.',
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
} satisfies TranslationOf<typeof howMessages>;
