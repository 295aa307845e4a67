import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { protectionStatusMessages } from '../../cases/protection-status.messages.ts';

export default {
  statusOff: 'La protection est désactivée : vos dossiers sont enregistrés sans chiffrement dans ce navigateur.',
  lockNow: 'Verrouiller maintenant',
  manage: 'Protéger mes dossiers',
  manageOn: 'Protection par phrase secrète',
  homeOn: 'Vos dossiers sont protégés par une phrase secrète.',
  changedElsewhere:
    'La protection des dossiers a été modifiée dans un autre onglet. Saisissez de nouveau la phrase secrète ; la dernière modification n’a pas été enregistrée.',
  damagedCases: (count: number) =>
    plural('fr', count, {
      one: 'Un dossier enregistré ne peut être ouvert : ses données ont été modifiées ou endommagées.',
      other: `${count} dossiers enregistrés ne peuvent être ouverts : leurs données ont été modifiées ou endommagées.`,
    }),
  deleteDamaged: 'Supprimer les dossiers endommagés',
  damagedCase:
    'Ce dossier ne peut être ouvert : ses données enregistrées ont été modifiées ou endommagées. Les autres dossiers ne sont pas touchés.',
  manageLink: 'Changer la phrase secrète ou désactiver la protection',
} satisfies TranslationOf<typeof protectionStatusMessages>;
