import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionStatusMessages } from '../../cases/protection-status.messages.ts';

export default {
  statusOff: 'Der Schutz ist ausgeschaltet: Ihre Fälle werden unverschlüsselt in diesem Browser gespeichert.',
  lockNow: 'Jetzt sperren',
  manage: 'Meine Fälle schützen',
  manageOn: 'Schutz durch Passphrase',
  homeOn: 'Ihre Fälle sind mit einer Passphrase geschützt.',
  changedElsewhere:
    'Der Schutz der Fälle wurde in einem anderen Tab geändert. Geben Sie die Passphrase erneut ein; die letzte Änderung wurde nicht gespeichert.',
  damagedCases: (count: number) =>
    plural('de', count, {
      one: 'Ein gespeicherter Fall lässt sich nicht öffnen: Seine Daten wurden verändert oder beschädigt.',
      other: `${count} gespeicherte Fälle lassen sich nicht öffnen: Ihre Daten wurden verändert oder beschädigt.`,
    }),
  deleteDamaged: 'Beschädigte Fälle löschen',
  damagedCase:
    'Dieser Fall lässt sich nicht öffnen: Seine gespeicherten Daten wurden verändert oder beschädigt. Die anderen Fälle sind nicht betroffen.',
  manageLink: 'Passphrase ändern oder Schutz ausschalten',
} satisfies TranslationOf<typeof protectionStatusMessages>;
