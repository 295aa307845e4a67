import type { TranslationOf } from '../../../i18n/messages.ts';
import type { feedMessages } from '../../directory/feed.messages.ts';

export default {
  notDownloaded:
    'Das Verzeichnis wurde noch nicht heruntergeladen. Es wird bei der ersten Verbindung geladen und funktioniert danach auch offline.',
  asOf: 'Verzeichnis mit Stand vom',
  edition: (n: number) => `(Ausgabe ${n})`,
  demoData: 'Demodaten',
  demoText:
    'Die hier gezeigten Mediatoren, die Verfasser der Feedback-Übersichten und die Übersichten selbst sind zu Demonstrationszwecken erfunden; keine davon ist eine reale Person.',
  technicalDetail: 'Technische Einzelheiten',
  checking: 'Wird geprüft…',
  waitingForOther:
    'Ein anderes Fenster von Olé aktualisiert gerade das Verzeichnis; dieses Fenster wartet darauf und prüft dann erneut.',
  superseded: (n: number) =>
    `Ein anderes Fenster von Olé hat das Verzeichnis inzwischen auf Ausgabe ${n} aktualisiert; diese neuere Ausgabe wird beibehalten.`,
  checkForUpdates: 'Nach Aktualisierungen suchen',
  lastChecked: (when: string) => `Zuletzt geprüft am ${when}`,
  'failure.offline':
    'Olé konnte den Server des Verzeichnisses nicht erreichen. Vermutlich sind Sie offline; das vorhandene Verzeichnis bleibt verfügbar.',
  'failure.http': 'Der Server des Verzeichnisses hat mit einem Fehler geantwortet.',
  'failure.timeout':
    'Der Server des Verzeichnisses hat nicht mehr geantwortet, daher wurde die Prüfung abgebrochen. Olé versucht es bei der nächsten Prüfung erneut; das vorhandene Verzeichnis bleibt unverändert.',
  'failure.too-large':
    'Eine Datei des Verzeichnisses ist größer als ihre signierte Größe, daher wurde der Download abgebrochen und die Aktualisierung abgelehnt. Das vorhandene Verzeichnis bleibt unverändert.',
  'failure.bad-signature':
    'Die Aktualisierung des Verzeichnisses ist nicht korrekt signiert und wurde möglicherweise manipuliert. Sie wurde abgelehnt.',
  'failure.unknown-key':
    'Die Aktualisierung des Verzeichnisses ist mit einem Schlüssel signiert, dem diese App nicht vertraut. Sie wurde abgelehnt.',
  'failure.bad-manifest':
    'Die Aktualisierung des Verzeichnisses ist beschädigt (ihre Dateiliste konnte nicht gelesen werden). Sie wurde abgelehnt.',
  'failure.unknown-format':
    'Die Aktualisierung des Verzeichnisses verwendet ein neueres Format, als diese Version von Olé versteht. Aktualisieren Sie die App.',
  'failure.rollback':
    'Die Aktualisierung des Verzeichnisses ist älter als das vorhandene Verzeichnis; es könnte sich um eine erneute Einspielung veralteter Daten handeln. Sie wurde abgelehnt.',
  'failure.sequence-jump':
    'Die Aktualisierung des Verzeichnisses gibt eine Ausgabenummer an, die weit über der vorhandenen liegt, was alle späteren Aktualisierungen blockieren würde. Sie wurde abgelehnt.',
  'failure.hash-mismatch':
    'Eine Datei des Verzeichnisses stimmt nicht mit ihrem signierten Fingerabdruck überein: Sie ist unvollständig oder wurde verändert. Die Aktualisierung wurde abgelehnt.',
  'failure.bad-records': 'Die Aktualisierung des Verzeichnisses enthält ungültige Einträge. Sie wurde abgelehnt.',
  'failure.storage-full':
    'Der Speicher Ihres Geräts ist voll, daher konnte die Aktualisierung des Verzeichnisses nicht gespeichert werden. Das bisherige Verzeichnis bleibt unverändert.',
  'failure.storage':
    'Ihr Browser hat das Speichern der Aktualisierung des Verzeichnisses verweigert. Das bisherige Verzeichnis bleibt unverändert.',
  failureUnknown: 'Das Verzeichnis konnte nicht aktualisiert werden. Das bisherige Verzeichnis bleibt unverändert.',
  notCertified: 'Derzeit nicht zertifiziert.',
  certifications: 'Zertifizierungen',
  'reason.revoked': (date: string, reasonCode: string) => `Zertifizierung am ${date} entzogen (${reasonCode})`,
  'reason.grace-digest-stale': (digestDate: string, certifiedOn: string, until: string) =>
    `die Feedback-Übersicht vom ${digestDate} ist veraltet; neu zertifiziert am ${certifiedOn}, Übergangsfrist bis ${until}`,
  'reason.grace-no-digest': (certifiedOn: string, until: string) =>
    `neu zertifiziert am ${certifiedOn}: noch keine Feedback-Übersicht, Übergangsfrist bis ${until}`,
  'reason.digest-stale': (digestDate: string, months: number, dueBy: string) =>
    `die Feedback-Übersicht vom ${digestDate} ist älter als ${months} Monate (die Erneuerung war bis ${dueBy} fällig)`,
  'reason.grace-ended': (months: number, certifiedOn: string, ended: string) =>
    `keine Feedback-Übersicht, und die Übergangsfrist von ${months} Monaten nach der Zertifizierung am ${certifiedOn} ist am ${ended} abgelaufen`,
  'reason.no-certification': 'keine Zertifizierung im Profil',
  feedbackDigest: 'Feedback-Übersicht (Feedback Digest)',
  noDigestYet: 'Noch keine Feedback-Übersicht.',
  digestDueBy: (date: string) => ` Neu zertifiziert: Eine Feedback-Übersicht ist bis ${date} fällig.`,
  digestStale:
    'Diese Feedback-Übersicht ist älter als zwei Jahre und wurde nicht erneuert; sie spiegelt die jüngere Tätigkeit daher möglicherweise nicht wider.',
  reviewer: 'Erstellt von:',
  currentUntil: (date: string) => ` · gültig bis ${date}`,
} satisfies TranslationOf<typeof feedMessages>;
