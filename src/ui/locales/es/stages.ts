import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { stagesMessages } from '../../results/stages.messages.ts';

export default {
  protectionRegion: 'Primero, la seguridad',
  source: (citation: string) => `Fuente: ${citation}`,
  howRanked: 'Cómo se ha hecho esta clasificación',
  stageGates: (n: number) =>
    n === 0
      ? 'Sus respuestas no descartan ninguna opción.'
      : plural('es', n, {
          one: 'Sus respuestas descartan 1 opción (al final de la página).',
          other: `Sus respuestas descartan ${n} opciones (al final de la página).`,
        }),
  stageEssentials: (goals: string) =>
    `Las opciones que pueden darle lo que considera imprescindible (${goals}) van antes que las que no pueden.`,
  stageScores: 'Después, las opciones se ordenan por su puntuación, la suma de las razones que acompañan a cada una.',
  stageTies: (margin: number) =>
    `Las puntuaciones a ${margin} puntos o menos entre sí se muestran como empates: más o menos igual de buenas, en el mismo puesto.`,
  tiedWith: (names: string) => `Más o menos igual de buena que ${names}.`,
  lacks: (name: string, text: string) => `${name}: ${text}.`,
  leads: 'En primer lugar por seguridad.',
  delivers: (goals: string) => `Puede darle lo que considera imprescindible: ${goals}.`,
  firmness: '¿Qué tan firme es esta clasificación?',
  firmRobust: (checked: number) =>
    `Firme: ninguna de las preguntas sin responder cambiaría por sí sola la primera opción, sea cual sea su respuesta (${checked} respuestas desconocidas, probadas una a una).`,
  firmOpen:
    'Estas preguntas sin responder podrían cambiar la primera opción. Responderlas hace la clasificación más firme:',
  firmCouldLead: (question: string, names: string) =>
    `Su respuesta a «${question}» podría poner en primer lugar: ${names}.`,
  answerIt: 'Responder',
  placeTitle: (name: string) => `Dónde se decidiría: ${name}`,
  placeUnknown: 'Dónde se decidiría',
  placeUnknownText:
    'No ha indicado dónde decidiría un tribunal este conflicto, así que nada se descarta por el lugar. Los procesos de menor cuantía, los pasos obligatorios antes de ir a juicio, la adjudicación en la construcción y los defensores del pueblo dependen del país.',
  placeOtherText:
    'Olé aún no tiene datos de ese país, así que nada se descarta por el lugar. Los procesos de menor cuantía, los pasos obligatorios antes de ir a juicio, la adjudicación en la construcción y los defensores del pueblo dependen del país.',
  placeChecked: (date: string) =>
    `Comprobado el ${date}. Las leyes cambian: confírmelo con un abogado o con el tribunal antes de confiar en ello.`,
  'note.compulsory-step': 'Un paso obligatorio antes de ir a juicio',
  'note.small-claims': 'Menor cuantía',
  'note.adjudication': 'Adjudicación en la construcción',
  'note.ombudsman': 'Defensor del pueblo',
  'note.treaty': 'Tratado',
  labelled: (label: string) => `${label}:`,
  'treaty.newYork': 'Convención de Nueva York (laudos arbitrales)',
  'treaty.singapore': 'Convención de Singapur (acuerdos de mediación)',
  'treaty.hague2005': 'Convenio de La Haya de 2005 sobre acuerdos de elección de foro',
  'treaty.hague2019': 'Convenio de La Haya de 2019 sobre sentencias',
  'treaty.brusselsIbis': 'Reglamento Bruselas I bis (sentencias en la UE)',
  'treaty.lugano': 'Convenio de Lugano de 2007',
  treatyParty: (since: string) => (since ? `en vigor aquí desde ${since}` : 'en vigor aquí'),
  treatyNotParty: 'no está en vigor aquí',
  treatyUnknown: 'no confirmado',
} satisfies TranslationOf<typeof stagesMessages>;
