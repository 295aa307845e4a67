import type { TranslationOf } from '../../../i18n/messages.ts';
import type { caseFileMessages } from '../../cases/case-file.messages.ts';

export default {
  export: 'Exportieren',
  exportHint:
    'Speichert diesen Fall als Datei auf Ihrem Gerät. Die Datei enthält den Namen des Falls und Ihre Antworten: Geben Sie sie nur an Personen weiter, denen Sie vertrauen.',
  importTitle: 'Einen Fall importieren',
  importHint:
    'Wählen Sie eine aus Olé exportierte Falldatei aus oder legen Sie sie hier ab. Beim Import wird ein Fall hinzugefügt; Ihre vorhandenen Fälle werden nie verändert.',
  chooseFile: 'Falldatei',
  dropHere: 'Falldatei hier ablegen',
  importing: 'Wird importiert…',
  imported: (title: string) => `„${title}“ wurde importiert.`,
  openImported: 'Importierten Fall öffnen',
  importedNewId:
    'Auf diesem Gerät gab es bereits einen Fall mit derselben Kennung, daher wurde die Datei als eigener Fall hinzugefügt. Ihr vorhandener Fall bleibt unverändert.',
  readFailed: 'Die Datei konnte nicht gelesen werden. Es wurde nichts geändert.',
  'refused-not-json':
    'Diese Datei ist keine Olé-Falldatei (sie lässt sich nicht als solche lesen). Es wurde nichts geändert.',
  'refused-foreign': 'Diese Datei ist keine Olé-Falldatei. Es wurde nichts geändert.',
  'refused-newer':
    'Diese Falldatei wurde mit einer neueren Version von Olé erstellt. Aktualisieren Sie Olé (laden Sie es bei bestehender Internetverbindung neu) und versuchen Sie es erneut. Es wurde nichts geändert.',
  'refused-invalid': 'Diese Falldatei ist fehlerhaft und wurde daher nicht importiert. Es wurde nichts geändert.',
  problemsMore: (count: number) => `und ${count} weitere`,
  problemsTitle: 'Was an der Datei nicht stimmt',
  'too-large': 'die Datei ist zu groß für eine Falldatei',
  'not-json': 'nicht lesbar',
  'not-case-file': 'keine Olé-Falldatei',
  'newer-version': 'mit einer neueren Version von Olé erstellt',
  'bad-version': 'keine Olé bekannte Version',
  missing: 'fehlt',
  'unknown-key': 'gehört nicht zu einer Falldatei',
  'not-object': 'erwartet wird eine Gruppe von Werten',
  'not-array': 'erwartet wird eine Liste',
  'not-text': 'erwartet wird Text',
  'not-boolean': 'erwartet wird Ja oder Nein (true oder false)',
  empty: 'leer',
  'too-long': 'zu lang',
  'too-many': 'zu viele Einträge',
  'control-character': 'enthält unsichtbare Steuerzeichen',
  'bad-id': 'keine gültige Kennung',
  'bad-date': 'kein Datum mit Uhrzeit',
  'bad-code': 'kein bekannter Code',
  'bad-choice': 'keiner der zulässigen Werte',
  'unknown-question': 'keine Frage, die Olé stellt',
  'not-a-choice': 'keine der Antworten auf diese Frage',
  'wrong-type': 'falsche Art von Wert für diese Frage',
  'not-number': 'erwartet wird eine Zahl',
  'out-of-range': 'außerhalb des zulässigen Bereichs',
  'bad-currency': 'keine bekannte Währung',
  'duplicate-id': 'dieselbe Kennung kommt zweimal vor',
} satisfies TranslationOf<typeof caseFileMessages>;
