import type { TranslationOf } from '../../../i18n/messages.ts';
import type { shortlistMessages } from '../../directory/shortlist.messages.ts';

export default {
  goneHeading: 'Nicht mehr im Verzeichnis',
  revokedNamed: (name: string, date: string, reason: string) =>
    `${name} ist nicht mehr zertifiziert: Zertifizierung am ${date} entzogen (${reason}).`,
  revokedUnnamed: (id: string, date: string, reason: string) =>
    `Ein Mediator dieser Liste (${id}) ist nicht mehr zertifiziert: Zertifizierung am ${date} entzogen (${reason}); das Register enthält sein Profil nicht mehr.`,
  notListed: (name: string, why: string) => `${name} ist nicht mehr im Verzeichnis: ${why}.`,
  notHeld: (id: string) =>
    `Ein Mediator dieser Liste (${id}) ist nicht im Register, das auf diesem Gerät gespeichert ist: Er hat das Register vielleicht verlassen, oder diese Kopie ist älter als die, aus der die Liste stammt.`,
  checkForUpdates: 'Eine Suche nach Aktualisierungen des Verzeichnisses zeigt, was zutrifft.',
  'reason.conduct': 'Verstoß gegen den Verhaltenskodex',
  'reason.complaint-upheld': 'begründete Beschwerde',
  'reason.lapsed': 'Zertifizierung abgelaufen',
  'reason.voluntary': 'auf Wunsch des Mediators',
  'reason.other': 'anderer Grund',
  removeGone: 'Von der Liste entfernen',
} satisfies TranslationOf<typeof shortlistMessages>;
