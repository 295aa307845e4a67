import type { TranslationOf } from '../../../i18n/messages.ts';
import type { codeErrorMessages } from '../../together/together.messages.ts';

export default {
  empty: 'Geben Sie zuerst den Code der Gegenseite ein oder fügen Sie ihn ein.',
  'not-a-code': 'Das ist kein Olé-Code. Ein Code besteht aus 25 Buchstaben und Ziffern in fünf Gruppen zu je fünf.',
  'wrong-length':
    'Dieser Code ist zu kurz oder zu lang: Ein Code besteht aus fünf Gruppen zu je fünf Buchstaben und Ziffern.',
  checksum:
    'Dieser Code enthält einen Tippfehler: Ein Zeichen ist falsch, fehlt oder ist vertauscht. Vergleichen Sie ihn mit dem Bildschirm der Gegenseite.',
  'newer-version':
    'Dieser Code stammt aus einer neueren Version von Olé. Aktualisieren Sie Olé (laden Sie es bei bestehender Internetverbindung neu) und versuchen Sie es dann erneut.',
  'unknown-version': 'Das Format dieses Codes ist Olé nicht bekannt. Bitten Sie die Gegenseite um einen neuen Code.',
  'bad-level':
    'Dieser Code enthält Antworten, die Olé nicht erkennt. Bitten Sie die Gegenseite, ihn noch einmal zu senden.',
} satisfies TranslationOf<typeof codeErrorMessages>;
