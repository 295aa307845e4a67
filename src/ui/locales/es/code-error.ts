import type { TranslationOf } from '../../../i18n/messages.ts';
import type { codeErrorMessages } from '../../together/together.messages.ts';

export default {
  empty: 'Primero escriba o pegue el código de la otra parte.',
  'not-a-code': 'Esto no es un código de Olé. Un código tiene 25 letras y cifras, en cinco grupos de cinco.',
  'wrong-length':
    'Este código es demasiado corto o demasiado largo: un código tiene cinco grupos de cinco letras y cifras.',
  checksum:
    'Este código tiene una errata: hay un carácter equivocado, que falta o cambiado de sitio. Compárelo con la pantalla de la otra parte.',
  'newer-version':
    'Este código viene de una versión más reciente de Olé. Actualice Olé (recárguelo con conexión) y vuelva a intentarlo.',
  'unknown-version': 'Olé no conoce el formato de este código. Pida a la otra parte un código nuevo.',
  'bad-level': 'Este código contiene respuestas que Olé no reconoce. Pida a la otra parte que se lo vuelva a enviar.',
} satisfies TranslationOf<typeof codeErrorMessages>;
