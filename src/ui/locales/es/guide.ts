import type { TranslationOf } from '../../../i18n/messages.ts';
import type { guideMessages } from '../../workshop/guide.messages.ts';

export default {
  title: 'Guía del formador',
  link: 'Guía del formador: planes de 20 y 45 minutos',
  lead: 'Cómo dirigir con Olé un taller sobre cómo elegir un procedimiento de resolución de conflictos: un plan de 20 minutos, un plan de 45 minutos con dos escenarios y los votos de la sala, y cómo hacerlo sin wifi.',
  minutes: (from: number, to: number) => `${from}–${to} min`,

  prepareHeading: 'Antes del día',
  prepareScenario:
    'Elija un escenario de la biblioteca y lea sus notas del presentador: lo que muestra el cambio sugerido, una idea errónea común y las referencias en las que se apoya el punto.',
  prepareHandout:
    'Imprima su ficha de una página para cada participante o cada mesa. No incluye la clasificación de Olé, para que la sala clasifique primero.',
  prepareLaptop: 'Abra Olé en el portátil desde el que presentará mientras esté conectado (vea «Sin wifi» más abajo).',

  shortHeading: 'Un taller de 20 minutos: un escenario',
  shortIntro:
    'Abra la presentación del escenario en el proyector. Su temporizador de 20 minutos arranca con ella; T lo pausa, y termina con una discreta señal visual.',
  shortStory: 'La historia',
  shortStoryText: 'Léala en voz alta; la sala la sigue en la ficha.',
  shortAnswers: 'Las respuestas preparadas',
  shortAnswersText: 'Recórralas con → o Espacio. En cada una, pregunte quién habría respondido otra cosa.',
  shortGuess: 'La sala clasifica',
  shortGuessText: 'Antes de revelar, cada mesa anota los tres procedimientos que cree que encajan mejor, y por qué.',
  shortReveal: 'La revelación',
  shortRevealText:
    'Pulse R. Compare la clasificación de Olé con las apuestas de las mesas y luego recorra los puntos para debatir.',
  shortFlip: 'El cambio',
  shortFlipText:
    'Pulse F para el cambio sugerido: primero lo que descartó o recuperó, con el motivo, y luego lo que se movió y por qué.',
  shortClose: 'Cierre',
  shortCloseText:
    'Cuando el temporizador avise, termine con una pregunta: ¿qué le preguntaría a una parte antes de elegir un procedimiento?',

  longHeading: 'Un taller de 45 minutos: dos escenarios y los votos de la sala',
  longIntro: 'Tome dos escenarios que lleven a procedimientos distintos, por ejemplo:',
  pairContracts:
    'dos disputas contractuales, una en la que las partes aún hablan y otra con una cláusula, una negativa y la ejecución en el extranjero',
  pairTechnical: 'dos cuestiones técnicas, una junta para una obra en curso y un perito para una valoración',
  compareThem: 'Compararlos lado a lado',
  longOpen: 'Apertura',
  longOpenText:
    'Pregunte a la sala cómo elige hoy un procedimiento. La pregunta de Sander y Goldberg (1994): ¿qué foro para qué conflicto?',
  longFirst: 'Primer escenario',
  longFirstText:
    'Como en el plan de 20 minutos, pero en cada respuesta preparada registre la votación a mano alzada de la sala en la presentación. Los votos se quedan en su portátil.',
  longRoom: 'La clasificación de la sala',
  longRoomText:
    'Muestre la clasificación de la sala junto a la del caso: ¿qué respuestas difieren y qué se movió por ellas?',
  longSecond: 'Segundo escenario',
  longSecondText:
    'Deje que una mesa elija su propio cambio en lugar del sugerido, y pida a la sala que prediga qué se moverá antes de mostrarlo.',
  longCompare: 'Lado a lado',
  longCompareText: 'Abra la comparación con los dos escenarios: ¿qué cambia de uno a otro, y por qué?',
  longClose: 'Cierre',
  longCloseText: 'Cada participante dice una pregunta que hará a una parte antes de elegir un procedimiento.',

  offlineHeading: 'Sin wifi',
  offlineOnce:
    'Abra Olé una vez en el portátil mientras esté conectado, en el navegador con el que vaya a presentar. La aplicación y todos los escenarios quedan entonces guardados en el portátil, que funciona sin red.',
  offlineCheck: 'Compruébelo antes del día: desconecte el wifi y abra la presentación de su escenario.',
  offlineNotes:
    'Las notas del presentador se abren en una segunda ventana del mismo navegador y siguen las diapositivas sin red: déjelas en la pantalla del portátil y las diapositivas en el proyector.',
  offlinePhones:
    'Los códigos QR solo abren Olé en los teléfonos de los participantes si estos tienen red (el wifi de la sala o datos móviles). Si no, use las fichas impresas.',
  offlineScreen:
    'La presentación ocupa toda la pantalla, sin la cabecera de la aplicación; su barra superior cambia el idioma y el tema claro u oscuro.',
  keysHeading: 'Teclas de la presentación',
  keysNote: 'Las teclas también se muestran en pantalla, cada una con su botón.',
  keyTimer: 'pausar o reanudar el temporizador',
} satisfies TranslationOf<typeof guideMessages>;
