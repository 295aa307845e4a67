import { defineMessages } from '../../i18n/messages.ts';

export const protectionMessages = defineMessages(
  {
    lockedTitle: 'Your cases are locked',
    lockedText: 'The cases on this device are protected with a passphrase. Enter it to see and edit them.',
    passphrase: 'Passphrase',
    unlock: 'Unlock',
    unlocking: 'Unlocking…',
    wrongPassphrase: 'That passphrase does not open your cases. Nothing was changed; check it and try again.',
    pageTitle: 'Protect my cases',
    pageLead:
      'Encrypt the cases stored in this browser with a passphrase, so that someone who opens Olé on this device cannot read them.',
    whatTitle: 'What it does, and what it does not',
    whatEncrypted: (rounds: string) =>
      `Encrypted: each case’s name, answers and worksheet, with AES-GCM and a key made from your passphrase (PBKDF2-SHA-256, ${rounds} rounds). The key stays in this tab’s memory only; each new tab or reload asks for the passphrase.`,
    whatForgotten: 'If you forget the passphrase, your cases cannot be recovered by anyone, Olé included.',
    whatPlain:
      'Not encrypted: the mediator directory (public data), your shortlist of mediators and your mentoring preferences.',
    whatExports:
      'Exported case files are plain JSON, not encrypted, so you can open them anywhere: keep them somewhere safe.',
    statusOff: 'Protection is off: your cases are stored unencrypted in this browser.',
    statusOn: 'Protection is on: your cases are stored encrypted.',
    newPassphrase: 'New passphrase',
    repeatPassphrase: 'Repeat the new passphrase',
    currentPassphrase: 'Current passphrase',
    passphraseHint: (min: number) =>
      `At least ${min} characters. A few unrelated words are easier to remember than a jumble.`,
    turnOn: 'Turn on protection',
    turningOn: 'Encrypting your cases…',
    turnedOn: 'Protection is on. Your cases are now stored encrypted.',
    changeTitle: 'Change the passphrase',
    change: 'Change passphrase',
    changing: 'Re-encrypting your cases…',
    changed: 'Passphrase changed. Every case is now encrypted with the new one.',
    offTitle: 'Turn protection off',
    offText: 'Your cases will be stored unencrypted in this browser again.',
    turnOff: 'Turn off protection',
    turningOff: 'Decrypting your cases…',
    turnedOff: 'Protection is off. Your cases are stored unencrypted again.',
    lockNow: 'Lock now',
    manage: 'Protect my cases',
    manageOn: 'Passphrase protection',
    homeOn: 'Your cases are protected with a passphrase.',
    tooShort: (min: number) => `The passphrase needs at least ${min} characters. Nothing was changed.`,
    mismatch: 'The two new passphrases differ. Nothing was changed.',
    wrongCurrent: 'The current passphrase is not right. Nothing was changed.',
    damagedBlocks:
      'A stored case is damaged and cannot be opened, so it cannot be re-encrypted. Delete it from the home page first. Nothing was changed.',
    failed: (detail: string) => `It did not work, and nothing was changed: every case is as it was. (${detail})`,
    changedElsewhere:
      'Case protection was changed in another tab. Enter the passphrase again; the last change was not saved.',
    damagedCases: (count: number) =>
      count === 1
        ? 'One stored case cannot be opened: its data was changed or damaged.'
        : `${count} stored cases cannot be opened: their data was changed or damaged.`,
    deleteDamaged: 'Delete the damaged cases',
    damagedCase:
      'This case cannot be opened: its stored data was changed or damaged. The other cases are not affected.',
    backHome: 'Back to your cases',
    manageLink: 'Change the passphrase or turn protection off',
    damagedTitle: 'This case cannot be opened',
  },
  {
    fr: {
      lockedTitle: 'Vos dossiers sont verrouillés',
      lockedText:
        'Les dossiers de cet appareil sont protégés par une phrase secrète. Saisissez-la pour les consulter et les modifier.',
      passphrase: 'Phrase secrète',
      unlock: 'Déverrouiller',
      unlocking: 'Déverrouillage…',
      wrongPassphrase:
        'Cette phrase secrète n’ouvre pas vos dossiers. Rien n’a été modifié ; vérifiez-la et réessayez.',
      pageTitle: 'Protéger mes dossiers',
      pageLead:
        'Chiffrez les dossiers enregistrés dans ce navigateur avec une phrase secrète, pour qu’une personne qui ouvre Olé sur cet appareil ne puisse pas les lire.',
      whatTitle: 'Ce que cela protège, et ce que cela ne protège pas',
      whatEncrypted: (rounds: string) =>
        `Chiffrés : le nom, les réponses et la fiche d’analyse de chaque dossier, avec AES-GCM et une clé tirée de votre phrase secrète (PBKDF2-SHA-256, ${rounds} itérations). La clé reste uniquement dans la mémoire de cet onglet ; chaque nouvel onglet ou rechargement redemande la phrase secrète.`,
      whatForgotten: 'Si vous oubliez la phrase secrète, personne ne pourra récupérer vos dossiers, pas même Olé.',
      whatPlain:
        'Non chiffrés : l’annuaire des médiateurs (données publiques), votre sélection de médiateurs et vos préférences de mentorat.',
      whatExports:
        'Les fichiers de dossier exportés sont en JSON lisible, non chiffré, pour pouvoir les ouvrir partout : conservez-les en lieu sûr.',
      statusOff: 'La protection est désactivée : vos dossiers sont enregistrés sans chiffrement dans ce navigateur.',
      statusOn: 'La protection est activée : vos dossiers sont enregistrés chiffrés.',
      newPassphrase: 'Nouvelle phrase secrète',
      repeatPassphrase: 'Répétez la nouvelle phrase secrète',
      currentPassphrase: 'Phrase secrète actuelle',
      passphraseHint: (min: number) =>
        `Au moins ${min} caractères. Quelques mots sans rapport entre eux se retiennent mieux qu’une suite de signes.`,
      turnOn: 'Activer la protection',
      turningOn: 'Chiffrement de vos dossiers…',
      turnedOn: 'La protection est activée. Vos dossiers sont désormais enregistrés chiffrés.',
      changeTitle: 'Changer de phrase secrète',
      change: 'Changer la phrase secrète',
      changing: 'Nouveau chiffrement de vos dossiers…',
      changed: 'Phrase secrète changée. Chaque dossier est désormais chiffré avec la nouvelle.',
      offTitle: 'Désactiver la protection',
      offText: 'Vos dossiers seront de nouveau enregistrés sans chiffrement dans ce navigateur.',
      turnOff: 'Désactiver la protection',
      turningOff: 'Déchiffrement de vos dossiers…',
      turnedOff: 'La protection est désactivée. Vos dossiers sont de nouveau enregistrés sans chiffrement.',
      lockNow: 'Verrouiller maintenant',
      manage: 'Protéger mes dossiers',
      manageOn: 'Protection par phrase secrète',
      homeOn: 'Vos dossiers sont protégés par une phrase secrète.',
      tooShort: (min: number) => `La phrase secrète doit compter au moins ${min} caractères. Rien n’a été modifié.`,
      mismatch: 'Les deux nouvelles phrases secrètes diffèrent. Rien n’a été modifié.',
      wrongCurrent: 'La phrase secrète actuelle n’est pas la bonne. Rien n’a été modifié.',
      damagedBlocks:
        'Un dossier enregistré est endommagé et ne peut être ouvert, donc pas non plus chiffré de nouveau. Supprimez-le d’abord depuis la page d’accueil. Rien n’a été modifié.',
      failed: (detail: string) =>
        `L’opération a échoué et rien n’a été modifié : chaque dossier est resté tel quel. (${detail})`,
      changedElsewhere:
        'La protection des dossiers a été modifiée dans un autre onglet. Saisissez de nouveau la phrase secrète ; la dernière modification n’a pas été enregistrée.',
      damagedCases: (count: number) =>
        count === 1
          ? 'Un dossier enregistré ne peut être ouvert : ses données ont été modifiées ou endommagées.'
          : `${count} dossiers enregistrés ne peuvent être ouverts : leurs données ont été modifiées ou endommagées.`,
      deleteDamaged: 'Supprimer les dossiers endommagés',
      damagedCase:
        'Ce dossier ne peut être ouvert : ses données enregistrées ont été modifiées ou endommagées. Les autres dossiers ne sont pas touchés.',
      backHome: 'Retour à vos dossiers',
      manageLink: 'Changer la phrase secrète ou désactiver la protection',
      damagedTitle: 'Ce dossier ne peut être ouvert',
    },
    es: {
      lockedTitle: 'Sus casos están bloqueados',
      lockedText:
        'Los casos de este dispositivo están protegidos con una frase de contraseña. Escríbala para verlos y editarlos.',
      passphrase: 'Frase de contraseña',
      unlock: 'Desbloquear',
      unlocking: 'Desbloqueando…',
      wrongPassphrase:
        'Esa frase de contraseña no abre sus casos. No se ha cambiado nada; revísela e inténtelo de nuevo.',
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
      statusOff: 'La protección está desactivada: sus casos se guardan sin cifrar en este navegador.',
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
      lockNow: 'Bloquear ahora',
      manage: 'Proteger mis casos',
      manageOn: 'Protección con frase de contraseña',
      homeOn: 'Sus casos están protegidos con una frase de contraseña.',
      tooShort: (min: number) => `La frase de contraseña necesita al menos ${min} caracteres. No se ha cambiado nada.`,
      mismatch: 'Las dos frases nuevas no coinciden. No se ha cambiado nada.',
      wrongCurrent: 'La frase de contraseña actual no es correcta. No se ha cambiado nada.',
      damagedBlocks:
        'Un caso guardado está dañado y no se puede abrir, así que tampoco volver a cifrar. Elimínelo primero desde la página de inicio. No se ha cambiado nada.',
      failed: (detail: string) =>
        `No ha funcionado y no se ha cambiado nada: todos los casos siguen como estaban. (${detail})`,
      changedElsewhere:
        'La protección de los casos se ha cambiado en otra pestaña. Vuelva a escribir la frase de contraseña; el último cambio no se ha guardado.',
      damagedCases: (count: number) =>
        count === 1
          ? 'Un caso guardado no se puede abrir: sus datos se han modificado o dañado.'
          : `${count} casos guardados no se pueden abrir: sus datos se han modificado o dañado.`,
      deleteDamaged: 'Eliminar los casos dañados',
      damagedCase:
        'Este caso no se puede abrir: sus datos guardados se han modificado o dañado. Los demás casos no se ven afectados.',
      backHome: 'Volver a sus casos',
      manageLink: 'Cambiar la frase de contraseña o desactivar la protección',
      damagedTitle: 'Este caso no se puede abrir',
    },
  },
);
