import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionMessages } from '../../cases/protection.messages.ts';

export default {
  lockedTitle: 'Sus casos están bloqueados',
  lockedText:
    'Los casos de este dispositivo están protegidos con una frase de contraseña. Escríbala para verlos y editarlos.',
  passphrase: 'Frase de contraseña',
  unlock: 'Desbloquear',
  unlocking: 'Desbloqueando…',
  wrongPassphrase: 'Esa frase de contraseña no abre sus casos. No se ha cambiado nada; revísela e inténtelo de nuevo.',
  pageTitle: 'Proteger mis casos',
  pageLead:
    'Cifre con una frase de contraseña los casos guardados en este navegador, para que nadie que abra Olé en este dispositivo pueda leerlos.',
  whatTitle: 'Qué protege y qué no',
  whatEncrypted: (rounds: string) =>
    `Cifrado: el nombre, las respuestas y la hoja de análisis de cada caso, con AES-GCM y una clave obtenida de su frase de contraseña (PBKDF2-SHA-256, ${rounds} iteraciones). La clave solo se guarda en la memoria de esta pestaña; cada pestaña nueva o recarga vuelve a pedir la frase.`,
  whatForgotten: 'Si olvida la frase de contraseña, nadie podrá recuperar sus casos, tampoco Olé.',
  whatPlain:
    'Sin cifrar: el directorio de mediadores (datos públicos), su lista de mediadores preseleccionados y sus preferencias de mentoría.',
  whatExports:
    'Los archivos de caso exportados son JSON legible, sin cifrar, para poder abrirlos en cualquier sitio: guárdelos en un lugar seguro.',
  statusOn: 'La protección está activada: sus casos se guardan cifrados.',
  newPassphrase: 'Nueva frase de contraseña',
  repeatPassphrase: 'Repita la nueva frase de contraseña',
  currentPassphrase: 'Frase de contraseña actual',
  passphraseHint: (min: number) =>
    `Al menos ${min} caracteres. Unas cuantas palabras sin relación entre sí se recuerdan mejor que una ristra de signos.`,
  turnOn: 'Activar la protección',
  turningOn: 'Cifrando sus casos…',
  turnedOn: 'La protección está activada. Sus casos se guardan ahora cifrados.',
  changeTitle: 'Cambiar la frase de contraseña',
  change: 'Cambiar la frase',
  changing: 'Volviendo a cifrar sus casos…',
  changed: 'Frase de contraseña cambiada. Todos los casos están ahora cifrados con la nueva.',
  offTitle: 'Desactivar la protección',
  offText: 'Sus casos volverán a guardarse sin cifrar en este navegador.',
  turnOff: 'Desactivar la protección',
  turningOff: 'Descifrando sus casos…',
  turnedOff: 'La protección está desactivada. Sus casos vuelven a guardarse sin cifrar.',
  tooShort: (min: number) => `La frase de contraseña necesita al menos ${min} caracteres. No se ha cambiado nada.`,
  mismatch: 'Las dos frases nuevas no coinciden. No se ha cambiado nada.',
  wrongCurrent: 'La frase de contraseña actual no es correcta. No se ha cambiado nada.',
  damagedBlocks:
    'Un caso guardado está dañado y no se puede abrir, así que tampoco volver a cifrar. Elimínelo primero desde la página de inicio. No se ha cambiado nada.',
  failed: (detail: string) =>
    `No ha funcionado y no se ha cambiado nada: todos los casos siguen como estaban. (${detail})`,
  backHome: 'Volver a sus casos',
  damagedTitle: 'Este caso no se puede abrir',
} satisfies TranslationOf<typeof protectionMessages>;
