import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { componentsMessages } from '../../components/components.messages.ts';

export default {
  caseName: 'Nombre del caso',
  saveName: 'Guardar nombre',
  cancelRename: 'Cancelar',
  answersUpdated: (answers: number, updated: string) =>
    `${answers} ${plural('es', answers, { one: 'respuesta', other: 'respuestas' })} · actualizado el ${updated}`,
  continue: 'Continuar',
  results: 'Resultados',
  worksheet: 'Hoja',
  report: 'Informe',
  chooseTogether: 'Elegir el procedimiento juntos',
  comparisonKept: 'Comparación con la otra parte',
  rename: 'Cambiar nombre',
  duplicate: 'Duplicar',
  delete: 'Eliminar',
  confirmDelete: 'Confirmar la eliminación',
  deleteThisCase: '¿Eliminar este caso?',
  yesDelete: 'Sí, eliminar',
  keepIt: 'Conservarlo',
  loadingCase: 'Cargando su caso…',
  caseNotFound: 'Caso no encontrado',
  caseNotFoundText:
    'Este caso no está guardado en este dispositivo. Puede que se haya eliminado o que se creara en otro navegador.',
  goToCases: 'Ir a sus casos',
  notSure: 'No estoy seguro',
  partOf: (part: number, parts: number, section: string) => `Parte ${part} de ${parts}: ${section}`,
  progressLabel: 'Avance en las preguntas',
  newVersion: 'Hay una nueva versión de Olé lista.',
  reload: 'Recargar',
  later: 'Más tarde',
  upgradeBlocked:
    'Olé se ha actualizado y una versión anterior sigue abierta en otra pestaña o ventana. Ciérrela o vuelva a cargarla allí para continuar: sus casos están a salvo y no se pierde nada.',
} satisfies TranslationOf<typeof componentsMessages>;
