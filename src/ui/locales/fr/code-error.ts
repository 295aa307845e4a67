import type { TranslationOf } from '../../../i18n/messages.ts';
import type { codeErrorMessages } from '../../together/together.messages.ts';

export default {
  empty: 'Saisissez ou collez d’abord le code de l’autre partie.',
  'not-a-code': 'Ce n’est pas un code Olé. Un code compte 25 lettres et chiffres, en cinq groupes de cinq.',
  'wrong-length': 'Ce code est trop court ou trop long : un code compte cinq groupes de cinq lettres et chiffres.',
  checksum:
    'Ce code contient une faute de frappe : un caractère est erroné, manquant ou interverti. Comparez-le avec l’écran de l’autre partie.',
  'newer-version':
    'Ce code vient d’une version plus récente d’Olé. Mettez Olé à jour (rechargez-le en ligne), puis réessayez.',
  'unknown-version': 'Olé ne connaît pas le format de ce code. Demandez à l’autre partie un nouveau code.',
  'bad-level': 'Ce code contient des réponses qu’Olé ne reconnaît pas. Demandez à l’autre partie de le renvoyer.',
} satisfies TranslationOf<typeof codeErrorMessages>;
