import type { TranslationOf } from '../../../i18n/messages.ts';
import type { caseFileMessages } from '../../cases/case-file.messages.ts';

export default {
  export: 'Exportar',
  exportHint:
    'Guarda este caso en un archivo de su dispositivo. El archivo contiene el nombre del caso y sus respuestas: compártalo solo con personas de confianza.',
  importTitle: 'Importar un caso',
  importHint:
    'Elija un archivo de caso exportado desde Olé, o suéltelo aquí. Importar añade un caso y nunca cambia los casos que ya tiene.',
  chooseFile: 'Archivo de caso',
  dropHere: 'Suelte aquí el archivo de caso',
  importing: 'Importando…',
  imported: (title: string) => `Se ha importado «${title}».`,
  openImported: 'Abrir el caso importado',
  importedNewId:
    'Ya había en este dispositivo un caso con el mismo identificador, así que el archivo se añadió como un caso aparte. Su caso existente no ha cambiado.',
  readFailed: 'No se pudo leer el archivo. No se ha cambiado nada.',
  'refused-not-json':
    'Este archivo no es un archivo de caso de Olé (no se puede leer como tal). No se ha cambiado nada.',
  'refused-foreign': 'Este archivo no es un archivo de caso de Olé. No se ha cambiado nada.',
  'refused-newer':
    'Este archivo de caso lo creó una versión más reciente de Olé. Actualice Olé (recárguelo con conexión) e inténtelo de nuevo. No se ha cambiado nada.',
  'refused-invalid': 'Este archivo de caso tiene errores, así que no se importó. No se ha cambiado nada.',
  problemsMore: (count: number) => `y ${count} más`,
  problemsTitle: 'Qué falla en el archivo',
  'too-large': 'el archivo es demasiado grande para ser un caso',
  'not-json': 'ilegible',
  'not-case-file': 'no es un archivo de caso de Olé',
  'newer-version': 'creado por una versión más reciente de Olé',
  'bad-version': 'versión desconocida de Olé',
  missing: 'falta',
  'unknown-key': 'no forma parte de un archivo de caso',
  'not-object': 'se esperaba un grupo de valores',
  'not-array': 'se esperaba una lista',
  'not-text': 'se esperaba texto',
  'not-boolean': 'se esperaba sí o no (true o false)',
  empty: 'vacío',
  'too-long': 'demasiado largo',
  'too-many': 'demasiados elementos',
  'control-character': 'contiene caracteres de control invisibles',
  'bad-id': 'identificador no válido',
  'bad-date': 'no es una fecha y hora',
  'bad-code': 'código desconocido',
  'bad-choice': 'no es uno de los valores permitidos',
  'unknown-question': 'no es una pregunta de Olé',
  'not-a-choice': 'no es una de las respuestas de esta pregunta',
  'wrong-type': 'tipo de valor incorrecto para esta pregunta',
  'not-number': 'se esperaba un número',
  'out-of-range': 'fuera del intervalo permitido',
  'bad-currency': 'moneda desconocida',
  'duplicate-id': 'el mismo identificador aparece dos veces',
} satisfies TranslationOf<typeof caseFileMessages>;
