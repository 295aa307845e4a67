import { defineMessages } from '../../i18n/messages.ts';

// The directory's state: the feed held, sync failures, certification and Feedback Digests.
export const feedMessages = defineMessages(
  {
    notDownloaded:
      'The directory has not been downloaded yet. It comes with the first connection and then works offline.',
    asOf: 'Directory as of',
    edition: (n: number) => `(edition ${n})`,
    demoData: 'Demo data',
    demoText: 'The mediators, reviewers and digests here are invented for demonstration; none is a real person.',
    technicalDetail: 'Technical detail',
    checking: 'Checking…',
    waitingForOther: 'Another window of Olé is updating the directory; this one waits for it, then checks again.',
    superseded: (n: number) =>
      `Another window of Olé updated the directory to edition ${n} meanwhile; that newer edition is kept.`,
    checkForUpdates: 'Check for updates',
    lastChecked: (when: string) => `Last checked ${when}`,
    'failure.offline':
      'Olé could not reach the directory server. You are probably offline; the directory you have is still here.',
    'failure.http': 'The directory server answered with an error.',
    'failure.timeout':
      'The directory server stopped answering, so the check was given up. Olé tries again at the next check; the directory you have is unchanged.',
    'failure.too-large':
      'A directory file is larger than its signed size, so its download was stopped and the update refused. The directory you have is unchanged.',
    'failure.bad-signature':
      'The directory update is not signed correctly, so it may have been tampered with. It was refused.',
    'failure.unknown-key': 'The directory update is signed with a key this app does not trust. It was refused.',
    'failure.bad-manifest': 'The directory update is damaged (its list of files could not be read). It was refused.',
    'failure.unknown-format':
      'The directory update uses a newer format than this version of Olé understands. Update the app.',
    'failure.rollback':
      'The directory update is older than the one you have, which could be a replay of outdated data. It was refused.',
    'failure.sequence-jump':
      'The directory update claims an edition number far beyond the one you have, which would block every later update. It was refused.',
    'failure.hash-mismatch':
      'A directory file does not match its signed fingerprint: it is truncated or has been changed. The update was refused.',
    'failure.bad-records': 'The directory update contains invalid records. It was refused.',
    'failure.storage-full':
      'Your device is out of storage, so the directory update could not be saved. The directory you had is unchanged.',
    'failure.storage': 'Your browser refused to save the directory update. The directory you had is unchanged.',
    failureUnknown: 'The directory could not be updated. The directory you had is unchanged.',
    notCertified: 'Not currently certified.',
    certifications: 'Certifications',
    'reason.revoked': (date: string, reasonCode: string) => `certification revoked on ${date} (${reasonCode})`,
    'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
      `Feedback Digest of ${digestDate} is out of date; newly certified on ${certifiedOn}, grace period until ${until}`,
    'reason.grace-no-digest': (certifiedOn: string, until: string) =>
      `newly certified on ${certifiedOn}: no Feedback Digest yet, grace period until ${until}`,
    'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
      `Feedback Digest of ${digestDate} is older than ${months} months (renewal was due by ${dueBy})`,
    'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
      `no Feedback Digest, and the ${months}-month grace period after certification on ${certifiedOn} ended on ${ended}`,
    'reason.no-certification': 'no certification on the profile',
    feedbackDigest: 'Feedback Digest',
    noDigestYet: 'No Feedback Digest yet.',
    digestDueBy: (date: string) => ` Newly certified: a digest is due by ${date}.`,
    digestStale: 'This digest is more than two years old and has not been renewed, so it may not reflect recent work.',
    reviewer: 'Reviewer:',
    currentUntil: (date: string) => ` · current until ${date}`,
  },
  {
    fr: {
      notDownloaded:
        'L’annuaire n’a pas encore été téléchargé. Il arrive à la première connexion et fonctionne ensuite hors ligne.',
      asOf: 'Annuaire à jour au',
      edition: (n: number) => `(édition ${n})`,
      demoData: 'Données de démonstration',
      demoText:
        'Les médiateurs, évaluateurs et synthèses présentés ici sont inventés pour la démonstration ; aucun n’est une personne réelle.',
      technicalDetail: 'Détail technique',
      checking: 'Vérification…',
      waitingForOther:
        'Une autre fenêtre d’Olé met l’annuaire à jour ; celle-ci attend qu’elle ait fini, puis vérifie à nouveau.',
      superseded: (n: number) =>
        `Entre-temps, une autre fenêtre d’Olé a mis l’annuaire à jour vers l’édition ${n} ; cette édition plus récente est conservée.`,
      checkForUpdates: 'Rechercher des mises à jour',
      lastChecked: (when: string) => `Dernière vérification le ${when}`,
      'failure.offline':
        'Olé n’a pas pu joindre le serveur de l’annuaire. Vous êtes sans doute hors ligne ; l’annuaire dont vous disposez est toujours là.',
      'failure.http': 'Le serveur de l’annuaire a répondu par une erreur.',
      'failure.timeout':
        'Le serveur de l’annuaire a cessé de répondre : la vérification a été abandonnée. Olé réessaiera à la prochaine vérification ; l’annuaire dont vous disposez est inchangé.',
      'failure.too-large':
        'Un fichier de l’annuaire dépasse sa taille signée : son téléchargement a été arrêté et la mise à jour refusée. L’annuaire dont vous disposez est inchangé.',
      'failure.bad-signature':
        'La mise à jour de l’annuaire n’est pas correctement signée : elle a peut-être été altérée. Elle a été refusée.',
      'failure.unknown-key':
        'La mise à jour de l’annuaire est signée avec une clé à laquelle cette application ne fait pas confiance. Elle a été refusée.',
      'failure.bad-manifest':
        'La mise à jour de l’annuaire est endommagée (sa liste de fichiers est illisible). Elle a été refusée.',
      'failure.unknown-format':
        'La mise à jour de l’annuaire utilise un format plus récent que celui que comprend cette version d’Olé. Mettez l’application à jour.',
      'failure.rollback':
        'La mise à jour de l’annuaire est plus ancienne que celle que vous avez, ce qui pourrait être un rejeu de données périmées. Elle a été refusée.',
      'failure.sequence-jump':
        'La mise à jour de l’annuaire annonce un numéro d’édition très au-delà du vôtre, ce qui bloquerait toutes les mises à jour suivantes. Elle a été refusée.',
      'failure.hash-mismatch':
        'Un fichier de l’annuaire ne correspond pas à son empreinte signée : il est tronqué ou a été modifié. La mise à jour a été refusée.',
      'failure.bad-records': 'La mise à jour de l’annuaire contient des fiches invalides. Elle a été refusée.',
      'failure.storage-full':
        'Votre appareil n’a plus d’espace de stockage : la mise à jour de l’annuaire n’a pas pu être enregistrée. L’annuaire que vous aviez est inchangé.',
      'failure.storage':
        'Votre navigateur a refusé d’enregistrer la mise à jour de l’annuaire. L’annuaire que vous aviez est inchangé.',
      failureUnknown: 'L’annuaire n’a pas pu être mis à jour. L’annuaire que vous aviez est inchangé.',
      notCertified: 'Certification non valide actuellement.',
      certifications: 'Certifications',
      'reason.revoked': (date: string, reasonCode: string) => `certification retirée le ${date} (${reasonCode})`,
      'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
        `la synthèse d’évaluations du ${digestDate} est périmée ; certifié récemment, le ${certifiedOn}, délai de grâce jusqu’au ${until}`,
      'reason.grace-no-digest': (certifiedOn: string, until: string) =>
        `certifié récemment, le ${certifiedOn} : pas encore de synthèse d’évaluations, délai de grâce jusqu’au ${until}`,
      'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
        `la synthèse d’évaluations du ${digestDate} date de plus de ${months} mois (le renouvellement était dû le ${dueBy})`,
      'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
        `aucune synthèse d’évaluations, et le délai de grâce de ${months} mois après la certification du ${certifiedOn} a pris fin le ${ended}`,
      'reason.no-certification': 'aucune certification sur le profil',
      feedbackDigest: 'Synthèse d’évaluations (Feedback Digest)',
      noDigestYet: 'Pas encore de synthèse d’évaluations.',
      digestDueBy: (date: string) => ` Certification récente : une synthèse est attendue d’ici le ${date}.`,
      digestStale:
        'Cette synthèse date de plus de deux ans et n’a pas été renouvelée : elle peut ne pas refléter le travail récent.',
      reviewer: 'Évaluateur :',
      currentUntil: (date: string) => ` · valide jusqu’au ${date}`,
    },
    es: {
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
      digestStale:
        'Este resumen tiene más de dos años y no se ha renovado, así que puede no reflejar el trabajo reciente.',
      reviewer: 'Evaluador:',
      currentUntil: (date: string) => ` · vigente hasta el ${date}`,
    },
  },
);
