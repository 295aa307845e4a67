import type { TranslationOf } from '../../../i18n/messages.ts';
import type { guideMessages } from '../../workshop/guide.messages.ts';

export default {
  title: 'Leitfaden für Vortragende',
  link: 'Leitfaden für Vortragende: Abläufe für 20 und 45 Minuten',
  lead: 'Wie Sie mit Olé einen Workshop zur Wahl des Streitbeilegungsverfahrens leiten: ein Ablauf für 20 Minuten, ein Ablauf für 45 Minuten mit zwei Fallbeispielen und den Stimmen des Publikums, und wie es ohne WLAN geht.',
  minutes: (from: number, to: number) => `${from}–${to} Min.`,

  prepareHeading: 'Vor dem Termin',
  prepareScenario:
    'Wählen Sie ein Fallbeispiel aus der Bibliothek und lesen Sie seine Notizen für Vortragende: was die vorgeschlagene Änderung zeigt, ein verbreitetes Missverständnis und die Literatur hinter dem Punkt.',
  prepareHandout:
    'Drucken Sie sein einseitiges Handout für alle Teilnehmenden oder für jeden Tisch. Es lässt die Rangfolge von Olé weg, damit das Publikum zuerst selbst ordnet.',
  prepareLaptop:
    'Öffnen Sie Olé auf dem Laptop, von dem aus Sie präsentieren, solange er online ist (siehe „Ohne WLAN“ unten).',

  shortHeading: 'Ein Workshop in 20 Minuten: ein Fallbeispiel',
  shortIntro:
    'Öffnen Sie die Präsentation des Fallbeispiels auf dem Beamer. Ihr 20-Minuten-Timer startet mit ihr; T hält ihn an, und er endet mit einem leisen visuellen Signal.',
  shortStory: 'Die Geschichte',
  shortStoryText: 'Lesen Sie sie laut vor; das Publikum liest auf dem Handout mit.',
  shortAnswers: 'Die vorbereiteten Antworten',
  shortAnswersText: 'Gehen Sie sie mit → oder der Leertaste durch. Fragen Sie bei jeder, wer anders geantwortet hätte.',
  shortGuess: 'Das Publikum ordnet',
  shortGuessText:
    'Vor dem Aufdecken notiert jeder Tisch die drei Verfahren, die seiner Meinung nach am besten passen, und warum.',
  shortReveal: 'Das Aufdecken',
  shortRevealText:
    'Drücken Sie R. Vergleichen Sie die Rangfolge von Olé mit den Tipps der Tische und gehen Sie dann die Diskussionspunkte durch.',
  shortFlip: 'Die Änderung',
  shortFlipText:
    'Drücken Sie F für die vorgeschlagene Änderung: zuerst, was sie ausgeschlossen oder wieder zugelassen hat, mit dem Grund, dann, was sich verschoben hat und warum.',
  shortClose: 'Abschluss',
  shortCloseText:
    'Wenn der Timer das Signal gibt, schließen Sie mit einer Frage: Was würden Sie eine Partei fragen, bevor Sie ein Verfahren wählen?',

  longHeading: 'Ein Workshop in 45 Minuten: zwei Fallbeispiele und die Stimmen des Publikums',
  longIntro: 'Nehmen Sie zwei Fallbeispiele, die zu verschiedenen Verfahren führen, zum Beispiel:',
  pairContracts:
    'zwei Vertragsstreitigkeiten, eine, in der die Parteien noch miteinander reden, und eine mit Klausel, Weigerung und Vollstreckung im Ausland',
  pairTechnical:
    'zwei technische Fragen, ein Dispute Board für ein laufendes Bauprojekt und ein Gutachter für eine Bewertung',
  compareThem: 'Nebeneinander vergleichen',
  longOpen: 'Einstieg',
  longOpenText:
    'Fragen Sie das Publikum, wie es heute ein Verfahren wählt. Die Frage von Sander und Goldberg (1994): Welches Forum passt zu welchem Streit?',
  longFirst: 'Erstes Fallbeispiel',
  longFirstText:
    'Wie im 20-Minuten-Ablauf, aber erfassen Sie bei jeder vorbereiteten Antwort das Handzeichen des Publikums in der Präsentation. Die Stimmen bleiben auf Ihrem Laptop.',
  longRoom: 'Die Rangfolge des Publikums',
  longRoomText:
    'Zeigen Sie die Rangfolge des Publikums neben der des Falls: Welche Antworten weichen ab, und was hat sich dadurch verschoben?',
  longSecond: 'Zweites Fallbeispiel',
  longSecondText:
    'Lassen Sie einen Tisch statt der vorgeschlagenen eine eigene Änderung wählen, und lassen Sie das Publikum vorhersagen, was sich verschiebt, bevor Sie es zeigen.',
  longCompare: 'Nebeneinander',
  longCompareText:
    'Öffnen Sie den Vergleich mit beiden Fallbeispielen: Was ändert sich vom einen zum anderen, und warum?',
  longClose: 'Abschluss',
  longCloseText:
    'Alle Teilnehmenden nennen eine Frage, die sie einer Partei stellen werden, bevor sie ein Verfahren wählen.',

  offlineHeading: 'Ohne WLAN',
  offlineOnce:
    'Öffnen Sie Olé einmal auf dem Laptop, solange er online ist, in dem Browser, mit dem Sie präsentieren. Die App und alle Fallbeispiele bleiben dann auf dem Laptop, und sie funktioniert ohne Netzwerk.',
  offlineCheck:
    'Prüfen Sie es vor dem Termin: Schalten Sie das WLAN aus und öffnen Sie die Präsentation Ihres Fallbeispiels.',
  offlineNotes:
    'Die Notizen für Vortragende öffnen sich in einem zweiten Fenster desselben Browsers und folgen den Folien ohne Netzwerk: Lassen Sie sie auf dem Bildschirm des Laptops und die Folien auf dem Beamer.',
  offlinePhones:
    'Die QR-Codes öffnen Olé auf den Smartphones der Teilnehmenden nur, wenn diese ein Netz haben (das WLAN des Raums oder mobile Daten). Sonst nehmen Sie die gedruckten Handouts.',
  offlineScreen:
    'Die Präsentation füllt den Bildschirm ohne die Kopfzeile der App; in ihrer oberen Leiste wechseln Sie die Sprache und das helle oder dunkle Design.',
  keysHeading: 'Tasten der Präsentation',
  keysNote: 'Die Tasten stehen auch auf dem Bildschirm, jede mit einer Schaltfläche.',
  keyTimer: 'Timer anhalten oder fortsetzen',
} satisfies TranslationOf<typeof guideMessages>;
