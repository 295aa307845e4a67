import type { TranslationOf } from '../../../i18n/messages.ts';
import type { feedMessages } from '../../directory/feed.messages.ts';

export default {
  notDownloaded:
    'El directorio aún no se ha descargado. Llega con la primera conexión y después funciona sin conexión.',
  asOf: 'Directorio a fecha de',
  edition: (n: number) => `(edición ${n})`,
  demoData: 'Datos de demostración',
  demoText:
    'Los mediadores, evaluadores y resúmenes que aparecen aquí son inventados para la demostración; ninguno es una persona real.',
  technicalDetail: 'Detalle técnico',
  checking: 'Comprobando…',
  waitingForOther:
    'Otra ventana de Olé está actualizando el directorio; esta espera a que termine y luego vuelve a comprobar.',
  superseded: (n: number) =>
    `Mientras tanto, otra ventana de Olé actualizó el directorio a la edición ${n}; se conserva esa edición más reciente.`,
  checkForUpdates: 'Buscar actualizaciones',
  lastChecked: (when: string) => `Última comprobación: ${when}`,
  'failure.offline':
    'Olé no pudo conectar con el servidor del directorio. Probablemente está sin conexión; el directorio que tiene sigue aquí.',
  'failure.http': 'El servidor del directorio respondió con un error.',
  'failure.timeout':
    'El servidor del directorio dejó de responder, así que se abandonó la comprobación. Olé lo volverá a intentar en la próxima comprobación; el directorio que tiene no ha cambiado.',
  'failure.too-large':
    'Un archivo del directorio supera su tamaño firmado: se detuvo su descarga y se rechazó la actualización. El directorio que tiene no ha cambiado.',
  'failure.bad-signature':
    'La actualización del directorio no está firmada correctamente, así que puede haber sido manipulada. Se ha rechazado.',
  'failure.unknown-key':
    'La actualización del directorio está firmada con una clave en la que esta aplicación no confía. Se ha rechazado.',
  'failure.bad-manifest':
    'La actualización del directorio está dañada (no se pudo leer su lista de archivos). Se ha rechazado.',
  'failure.unknown-format':
    'La actualización del directorio usa un formato más reciente del que entiende esta versión de Olé. Actualice la aplicación.',
  'failure.rollback':
    'La actualización del directorio es más antigua que la que tiene, lo que podría ser una repetición de datos obsoletos. Se ha rechazado.',
  'failure.sequence-jump':
    'La actualización del directorio anuncia un número de edición muy superior al suyo, lo que bloquearía todas las actualizaciones siguientes. Se rechazó.',
  'failure.hash-mismatch':
    'Un archivo del directorio no coincide con su huella firmada: está truncado o ha sido modificado. La actualización se ha rechazado.',
  'failure.bad-records': 'La actualización del directorio contiene registros no válidos. Se ha rechazado.',
  'failure.storage-full':
    'Su dispositivo no tiene espacio de almacenamiento, así que no se pudo guardar la actualización del directorio. El directorio que tenía no ha cambiado.',
  'failure.storage':
    'Su navegador se negó a guardar la actualización del directorio. El directorio que tenía no ha cambiado.',
  failureUnknown: 'No se pudo actualizar el directorio. El directorio que tenía no ha cambiado.',
  notCertified: 'Sin certificación vigente.',
  certifications: 'Certificaciones',
  'reason.revoked': (date: string, reasonCode: string) => `certificación retirada el ${date} (${reasonCode})`,
  'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
    `el resumen de valoraciones del ${digestDate} está desactualizado; certificación reciente, el ${certifiedOn}, periodo de gracia hasta el ${until}`,
  'reason.grace-no-digest': (certifiedOn: string, until: string) =>
    `certificación reciente, el ${certifiedOn}: aún sin resumen de valoraciones, periodo de gracia hasta el ${until}`,
  'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
    `el resumen de valoraciones del ${digestDate} tiene más de ${months} meses (la renovación vencía el ${dueBy})`,
  'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
    `sin resumen de valoraciones, y el periodo de gracia de ${months} meses tras la certificación del ${certifiedOn} terminó el ${ended}`,
  'reason.no-certification': 'ninguna certificación en el perfil',
  feedbackDigest: 'Resumen de valoraciones (Feedback Digest)',
  noDigestYet: 'Aún no hay resumen de valoraciones.',
  digestDueBy: (date: string) => ` Certificación reciente: el resumen debe presentarse antes del ${date}.`,
  digestStale: 'Este resumen tiene más de dos años y no se ha renovado, así que puede no reflejar el trabajo reciente.',
  reviewer: 'Evaluador:',
  currentUntil: (date: string) => ` · vigente hasta el ${date}`,
} satisfies TranslationOf<typeof feedMessages>;
