import type { TranslationOf } from '../../../i18n/messages.ts';
import type { shortlistMessages } from '../../directory/shortlist.messages.ts';

export default {
  goneHeading: 'Ya no figuran en el directorio',
  revokedNamed: (name: string, date: string, reason: string) =>
    `${name} ya no está certificado: certificación retirada el ${date} (${reason}).`,
  revokedUnnamed: (id: string, date: string, reason: string) =>
    `Un mediador de esta lista (${id}) ya no está certificado: certificación retirada el ${date} (${reason}); el registro ya no contiene su perfil.`,
  notListed: (name: string, why: string) => `${name} ya no figura en el directorio: ${why}.`,
  notHeld: (id: string) =>
    `Un mediador de esta lista (${id}) no está en el registro guardado en este dispositivo: puede que haya dejado el registro, o que esta copia sea más antigua que aquella de la que salió la lista.`,
  checkForUpdates: 'Buscar actualizaciones del directorio le dirá cuál es el caso.',
  'reason.conduct': 'incumplimiento del código de conducta',
  'reason.complaint-upheld': 'queja estimada',
  'reason.lapsed': 'certificación vencida',
  'reason.voluntary': 'retirada a petición del mediador',
  'reason.other': 'otro motivo',
  removeGone: 'Quitar de la lista',
} satisfies TranslationOf<typeof shortlistMessages>;
