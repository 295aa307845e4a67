import { defineMessages } from '../../i18n/messages.ts';

// The ways out of a locked device: new and imported cases while locked, and "I forgot my passphrase".
export const recoveryMessages = defineMessages(
  {
    lockedCount: (count: number) =>
      count === 1 ? 'One protected case is locked.' : `${count} protected cases are locked.`,
    storedWhileLocked:
      'While your cases are locked, a case you start or import is stored unencrypted on this device: it is not protected until you unlock, and is encrypted with the others then.',
    notProtectedYet: 'Not protected yet: stored unencrypted until you unlock.',
    caseNotProtected:
      'This case is not protected yet: your cases are locked, so it is stored unencrypted on this device until you unlock them.',
    sealedAtUnlock: (count: number) =>
      count === 1
        ? 'One case started or imported while locked is now protected too.'
        : `${count} cases started or imported while locked are now protected too.`,
    forgotten:
      'Forgotten it? Nobody can recover it or your protected cases, Olé included: there is no copy and no reset. You can still start a new case or import a case file on the home page, or erase the protected cases and start afresh.',
    forgot: 'I forgot my passphrase',
    stepOneTitle: 'Erase the protected cases and start afresh?',
    erased: (count: number) =>
      count === 0
        ? 'Erased for good: the passphrase protection (no case is stored under it).'
        : count === 1
          ? 'Erased for good: the protected case on this device, with any of its changes still waiting to be saved, and the passphrase protection.'
          : `Erased for good: the ${count} protected cases on this device, with any of their changes still waiting to be saved, and the passphrase protection.`,
    kept: (plain: number) =>
      plain === 0
        ? 'Kept: the mediator directory, your shortlist and your other settings.'
        : plain === 1
          ? 'Kept: the case that is not protected (started or imported while locked), the mediator directory, your shortlist and your other settings.'
          : `Kept: the ${plain} cases that are not protected (started or imported while locked), the mediator directory, your shortlist and your other settings.`,
    noWayBack:
      'Nobody can bring erased cases back, Olé included. A case you exported to a file earlier can be imported again afterwards.',
    continue: 'Continue',
    cancel: 'Cancel',
    stepTwoTitle: 'Last step: this cannot be undone',
    confirm: (count: number) =>
      count === 0
        ? 'Erase the protection'
        : count === 1
          ? 'Erase the protected case for good'
          : `Erase the ${count} protected cases for good`,
    keep: 'Cancel: erase nothing',
    erasing: 'Erasing…',
    changed:
      'The protected cases changed in another tab, so nothing was erased. Check what is listed and confirm again.',
    erasedDone: (count: number) =>
      count === 0
        ? 'Protection is off. You can start a new case, or import a case file.'
        : count === 1
          ? 'The protected case was erased and protection is off. You can start a new case, or import a case file.'
          : `${count} protected cases were erased and protection is off. You can start a new case, or import a case file.`,
    deleted: (title: string) => `“${title}” deleted.`,
  },
  {
    fr: {
      lockedCount: (count: number) =>
        count === 1 ? 'Un dossier protégé est verrouillé.' : `${count} dossiers protégés sont verrouillés.`,
      storedWhileLocked:
        'Tant que vos dossiers sont verrouillés, un dossier que vous ouvrez ou importez est enregistré sans chiffrement sur cet appareil : il n’est pas protégé avant le déverrouillage, où il est chiffré avec les autres.',
      notProtectedYet: 'Pas encore protégé : enregistré sans chiffrement jusqu’au déverrouillage.',
      caseNotProtected:
        'Ce dossier n’est pas encore protégé : vos dossiers sont verrouillés, il est donc enregistré sans chiffrement sur cet appareil jusqu’à leur déverrouillage.',
      sealedAtUnlock: (count: number) =>
        count === 1
          ? 'Un dossier ouvert ou importé pendant le verrouillage est désormais protégé lui aussi.'
          : `${count} dossiers ouverts ou importés pendant le verrouillage sont désormais protégés eux aussi.`,
      forgotten:
        'Vous l’avez oubliée ? Personne ne peut la retrouver, ni vos dossiers protégés, pas même Olé : il n’en existe aucune copie ni réinitialisation. Vous pouvez toujours ouvrir un nouveau dossier ou importer un fichier de dossier depuis la page d’accueil, ou effacer les dossiers protégés et repartir de zéro.',
      forgot: 'J’ai oublié ma phrase secrète',
      stepOneTitle: 'Effacer les dossiers protégés et repartir de zéro ?',
      erased: (count: number) =>
        count === 0
          ? 'Effacée définitivement : la protection par phrase secrète (aucun dossier n’est enregistré sous elle).'
          : count === 1
            ? 'Effacés définitivement : le dossier protégé de cet appareil, avec ses modifications pas encore enregistrées, et la protection par phrase secrète.'
            : `Effacés définitivement : les ${count} dossiers protégés de cet appareil, avec leurs modifications pas encore enregistrées, et la protection par phrase secrète.`,
      kept: (plain: number) =>
        plain === 0
          ? 'Conservés : l’annuaire des médiateurs, votre sélection et vos autres réglages.'
          : plain === 1
            ? 'Conservés : le dossier non protégé (ouvert ou importé pendant le verrouillage), l’annuaire des médiateurs, votre sélection et vos autres réglages.'
            : `Conservés : les ${plain} dossiers non protégés (ouverts ou importés pendant le verrouillage), l’annuaire des médiateurs, votre sélection et vos autres réglages.`,
      noWayBack:
        'Personne ne peut récupérer des dossiers effacés, pas même Olé. Un dossier exporté auparavant dans un fichier pourra être importé de nouveau ensuite.',
      continue: 'Continuer',
      cancel: 'Annuler',
      stepTwoTitle: 'Dernière étape : c’est irréversible',
      confirm: (count: number) =>
        count === 0
          ? 'Effacer la protection'
          : count === 1
            ? 'Effacer définitivement le dossier protégé'
            : `Effacer définitivement les ${count} dossiers protégés`,
      keep: 'Annuler : ne rien effacer',
      erasing: 'Effacement…',
      changed:
        'Les dossiers protégés ont changé dans un autre onglet ; rien n’a été effacé. Vérifiez ce qui est indiqué et confirmez de nouveau.',
      erasedDone: (count: number) =>
        count === 0
          ? 'La protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.'
          : count === 1
            ? 'Le dossier protégé a été effacé et la protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.'
            : `${count} dossiers protégés ont été effacés et la protection est désactivée. Vous pouvez ouvrir un nouveau dossier ou importer un fichier de dossier.`,
      deleted: (title: string) => `« ${title} » supprimé.`,
    },
    es: {
      lockedCount: (count: number) =>
        count === 1 ? 'Un caso protegido está bloqueado.' : `${count} casos protegidos están bloqueados.`,
      storedWhileLocked:
        'Mientras sus casos estén bloqueados, un caso que abra o importe se guarda sin cifrar en este dispositivo: no está protegido hasta que desbloquee, y entonces se cifra con los demás.',
      notProtectedYet: 'Aún sin proteger: guardado sin cifrar hasta que desbloquee.',
      caseNotProtected:
        'Este caso aún no está protegido: sus casos están bloqueados, así que se guarda sin cifrar en este dispositivo hasta que los desbloquee.',
      sealedAtUnlock: (count: number) =>
        count === 1
          ? 'Un caso abierto o importado durante el bloqueo ahora también está protegido.'
          : `${count} casos abiertos o importados durante el bloqueo ahora también están protegidos.`,
      forgotten:
        '¿La ha olvidado? Nadie puede recuperarla ni recuperar sus casos protegidos, tampoco Olé: no hay copia ni forma de restablecerla. Aún puede abrir un caso nuevo o importar un archivo de caso desde la página de inicio, o borrar los casos protegidos y empezar de cero.',
      forgot: 'He olvidado mi frase de contraseña',
      stepOneTitle: '¿Borrar los casos protegidos y empezar de cero?',
      erased: (count: number) =>
        count === 0
          ? 'Se borra para siempre: la protección con frase de contraseña (ningún caso está guardado con ella).'
          : count === 1
            ? 'Se borran para siempre: el caso protegido de este dispositivo, con sus cambios aún pendientes de guardar, y la protección con frase de contraseña.'
            : `Se borran para siempre: los ${count} casos protegidos de este dispositivo, con sus cambios aún pendientes de guardar, y la protección con frase de contraseña.`,
      kept: (plain: number) =>
        plain === 0
          ? 'Se conservan: el directorio de mediadores, su lista de preseleccionados y sus demás ajustes.'
          : plain === 1
            ? 'Se conservan: el caso sin proteger (abierto o importado durante el bloqueo), el directorio de mediadores, su lista de preseleccionados y sus demás ajustes.'
            : `Se conservan: los ${plain} casos sin proteger (abiertos o importados durante el bloqueo), el directorio de mediadores, su lista de preseleccionados y sus demás ajustes.`,
      noWayBack:
        'Nadie puede recuperar los casos borrados, tampoco Olé. Un caso exportado antes a un archivo se podrá importar de nuevo después.',
      continue: 'Continuar',
      cancel: 'Cancelar',
      stepTwoTitle: 'Último paso: no se puede deshacer',
      confirm: (count: number) =>
        count === 0
          ? 'Borrar la protección'
          : count === 1
            ? 'Borrar para siempre el caso protegido'
            : `Borrar para siempre los ${count} casos protegidos`,
      keep: 'Cancelar: no borrar nada',
      erasing: 'Borrando…',
      changed:
        'Los casos protegidos han cambiado en otra pestaña, así que no se ha borrado nada. Revise lo indicado y vuelva a confirmar.',
      erasedDone: (count: number) =>
        count === 0
          ? 'La protección está desactivada. Puede abrir un caso nuevo o importar un archivo de caso.'
          : count === 1
            ? 'Se ha borrado el caso protegido y la protección está desactivada. Puede abrir un caso nuevo o importar un archivo de caso.'
            : `Se han borrado ${count} casos protegidos y la protección está desactivada. Puede abrir un caso nuevo o importar un archivo de caso.`,
      deleted: (title: string) => `«${title}» eliminado.`,
    },
  },
);
