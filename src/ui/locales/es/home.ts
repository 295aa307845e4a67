import type { TranslationOf } from '../../../i18n/messages.ts';
import type { homeMessages } from '../../pages/home.messages.ts';

export default {
  title: 'Elija cómo resolver su conflicto',
  lead: 'Responda a preguntas sencillas sobre su conflicto. Olé ordena las formas de resolverlo, desde la negociación y la mediación hasta el arbitraje y los tribunales, y le explica por qué. Lleva unos diez minutos, funciona sin conexión y nada sale de su dispositivo.',
  start: 'Abrir un caso nuevo',
  yourCases: 'Sus casos',
  about: 'Acerca de Olé',
  aboutText:
    'Olé se basa en la hoja de análisis de casos del International Mediation Institute (IMI). La hoja ayudaba a las partes a analizar un caso a fondo; la clasificación de los procedimientos es una aportación propia de Olé, y cada puntuación muestra las razones que la componen.',
  newHere: '¿Es nuevo en Olé? Vea lo que ofrece a una parte, a un abogado, a un mediador joven o a un formador:',
  howLink: 'Cómo funciona Olé',
  trainers: '¿Dirige un taller?',
  trainersText:
    'Escenarios ficticios para proyectar, con fichas para repartir y un código QR para los teléfonos de los participantes.',
  trainersLink: 'Abrir los escenarios para talleres',
  pageNotFound: 'Página no encontrada',
  pageNotFoundText: 'Esta dirección no corresponde a nada en Olé.',
} satisfies TranslationOf<typeof homeMessages>;
