import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { forgetPassphraseMessages } from '../../cases/forget-passphrase.messages.ts';

export default {
  forgotten:
    '¿La ha olvidado? Nadie puede recuperarla ni recuperar sus casos protegidos, tampoco Olé: no hay copia ni forma de restablecerla. Aún puede abrir un caso nuevo o importar un archivo de caso desde la página de inicio, o borrar los casos protegidos y empezar de cero.',
  forgot: 'He olvidado mi frase de contraseña',
  stepOneTitle: '¿Borrar los casos protegidos y empezar de cero?',
  erased: (count: number) =>
    count === 0
      ? 'Se borra para siempre: la protección con frase de contraseña (ningún caso está guardado con ella).'
      : plural('es', count, {
          one: 'Se borran para siempre: el caso protegido de este dispositivo, con sus cambios aún pendientes de guardar, y la protección con frase de contraseña.',
          other: `Se borran para siempre: los ${count} casos protegidos de este dispositivo, con sus cambios aún pendientes de guardar, y la protección con frase de contraseña.`,
        }),
  kept: (plain: number) =>
    plain === 0
      ? 'Se conservan: el directorio de mediadores, su lista de preseleccionados y sus demás ajustes.'
      : plural('es', plain, {
          one: 'Se conservan: el caso sin proteger (abierto o importado durante el bloqueo), el directorio de mediadores, su lista de preseleccionados y sus demás ajustes.',
          other: `Se conservan: los ${plain} casos sin proteger (abiertos o importados durante el bloqueo), el directorio de mediadores, su lista de preseleccionados y sus demás ajustes.`,
        }),
  noWayBack:
    'Nadie puede recuperar los casos borrados, tampoco Olé. Un caso exportado antes a un archivo se podrá importar de nuevo después.',
  continue: 'Continuar',
  cancel: 'Cancelar',
  stepTwoTitle: 'Último paso: no se puede deshacer',
  confirm: (count: number) =>
    count === 0
      ? 'Borrar la protección'
      : plural('es', count, {
          one: 'Borrar para siempre el caso protegido',
          other: `Borrar para siempre los ${count} casos protegidos`,
        }),
  keep: 'Cancelar: no borrar nada',
  erasing: 'Borrando…',
  changed:
    'Los casos protegidos han cambiado en otra pestaña, así que no se ha borrado nada. Revise lo indicado y vuelva a confirmar.',
} satisfies TranslationOf<typeof forgetPassphraseMessages>;
