import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { recoveryMessages } from '../../cases/recovery.messages.ts';

export default {
  lockedCount: (count: number) =>
    plural('es', count, {
      one: 'Un caso protegido está bloqueado.',
      other: `${count} casos protegidos están bloqueados.`,
    }),
  storedWhileLocked:
    'Mientras sus casos estén bloqueados, un caso que abra o importe se guarda sin cifrar en este dispositivo: no está protegido hasta que desbloquee, y entonces se cifra con los demás.',
  notProtectedYet: 'Aún sin proteger: guardado sin cifrar hasta que desbloquee.',
  caseNotProtected:
    'Este caso aún no está protegido: sus casos están bloqueados, así que se guarda sin cifrar en este dispositivo hasta que los desbloquee.',
  sealedAtUnlock: (count: number) =>
    plural('es', count, {
      one: 'Un caso abierto o importado durante el bloqueo ahora también está protegido.',
      other: `${count} casos abiertos o importados durante el bloqueo ahora también están protegidos.`,
    }),
  erasedDone: (count: number) =>
    count === 0
      ? 'La protección está desactivada. Puede abrir un caso nuevo o importar un archivo de caso.'
      : plural('es', count, {
          one: 'Se ha borrado el caso protegido y la protección está desactivada. Puede abrir un caso nuevo o importar un archivo de caso.',
          other: `Se han borrado ${count} casos protegidos y la protección está desactivada. Puede abrir un caso nuevo o importar un archivo de caso.`,
        }),
  deleted: (title: string) => `«${title}» eliminado.`,
} satisfies TranslationOf<typeof recoveryMessages>;
