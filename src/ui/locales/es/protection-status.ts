import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionStatusMessages } from '../../cases/protection-status.messages.ts';

export default {
  statusOff: 'La protección está desactivada: sus casos se guardan sin cifrar en este navegador.',
  lockNow: 'Bloquear ahora',
  manage: 'Proteger mis casos',
  manageOn: 'Protección con frase de contraseña',
  homeOn: 'Sus casos están protegidos con una frase de contraseña.',
  changedElsewhere:
    'La protección de los casos se ha cambiado en otra pestaña. Vuelva a escribir la frase de contraseña; el último cambio no se ha guardado.',
  damagedCases: (count: number) =>
    plural('es', count, {
      one: 'Un caso guardado no se puede abrir: sus datos se han modificado o dañado.',
      other: `${count} casos guardados no se pueden abrir: sus datos se han modificado o dañado.`,
    }),
  deleteDamaged: 'Eliminar los casos dañados',
  damagedCase:
    'Este caso no se puede abrir: sus datos guardados se han modificado o dañado. Los demás casos no se ven afectados.',
  manageLink: 'Cambiar la frase de contraseña o desactivar la protección',
} satisfies TranslationOf<typeof protectionStatusMessages>;
