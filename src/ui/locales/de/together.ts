import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { togetherMessages } from '../../together/together.messages.ts';

export default {
  lead: 'Jede Seite antwortet auf dem eigenen Gerät. Tauschen Sie Codes aus, und Olé zeigt nebeneinander, wo Ihre Prioritäten übereinstimmen und wo sie auseinandergehen und welche Verfahren für Sie beide in Betracht kommen. Es ist kein Server beteiligt: Der Code gelangt nur dorthin, wohin Sie ihn senden.',
  yourCode: 'Ihr Code',
  whatItTells: 'Was Ihr Code der Gegenseite mitteilt',
  tellsLevels:
    'Wie wichtig Ihnen jedes Ziel ist und wie schwer jedes Hindernis wiegt, in den von Ihnen gewählten Stufen (zum Beispiel „Sehr wichtig“ oder „Ein wenig“).',
  tellsFacts:
    'Die Fakten, die Sie zum Fall ausgewählt haben: die Größenordnung des Betrags, wie weit der Konflikt eskaliert ist, ob er grenzüberschreitend ist, ob es eine Schiedsklausel gibt und Ähnliches.',
  tellsNot:
    'Sonst nichts: nicht Ihren Namen, nicht den Namen des Falls, nichts, was Sie eingegeben haben, nicht Ihr Arbeitsblatt und niemals Ihre Antwort zur Sicherheit, die auf diesem Gerät bleibt.',
  anyoneCanRead: 'Jeder, der den Code hat, kann diese Stufen lesen; senden Sie ihn daher nur an die Gegenseite.',
  noAnswers: 'Sie haben in diesem Fall noch keine Fragen beantwortet, daher würde Ihr Code nichts aussagen.',
  showMyCode: 'Meinen Code anzeigen',
  codeLabel: 'Ihr Code, in fünf Gruppen zu je fünf Zeichen zum Vorlesen',
  readHint:
    'Groß- oder Kleinschreibung spielt keine Rolle. Die Buchstaben O, I und L kommen nicht vor: Das sind die Ziffern 0 und 1.',
  copyCode: 'Code kopieren',
  copyLink: 'Link kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren nicht möglich: Markieren Sie den Text und kopieren Sie ihn selbst.',
  share: 'Link teilen',
  shareTitle: 'Meine Olé-Prioritäten',
  linkLabel: 'Zu sendender Link',
  linkHelp:
    'Der Code steht nach dem „#“: Browser senden diesen Teil nie an einen Server, daher bleibt er zwischen Ihren beiden Geräten.',
  qrLabel: 'QR-Code des Links, zum Scannen mit dem Smartphone der Gegenseite',
  theirCode: 'Code der Gegenseite',
  theirCodeHelp:
    'Geben Sie den Code oder den Link ein, den Sie erhalten haben, oder fügen Sie ihn ein. Groß- oder Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.',
  compare: 'Vergleichen',
  nothingChanged: 'Es wurde nichts gespeichert.',
  quoted: (text: string) => `„${text}“`,
  typoIn: (groups: string, count: number, typed: string) =>
    plural('de', count, {
      one: `Gruppe ${groups} (${typed}) enthält einen Tippfehler: Ein Zeichen ist falsch, oder zwei sind vertauscht. Vergleichen Sie diese Gruppe mit dem Bildschirm der Gegenseite.`,
      other: `Die Gruppen ${groups} (${typed}) enthalten einen Tippfehler: Ein Zeichen ist falsch, oder zwei sind vertauscht. Vergleichen Sie diese Gruppen mit dem Bildschirm der Gegenseite.`,
    }),
  lengthIn: (group: string, typed: string) =>
    `Gruppe ${group} (${typed}) hat ein Zeichen zu viel oder zu wenig: Jede Gruppe besteht aus fünf Zeichen.`,
  linkCleared:
    'Der Code aus dem Link wurde aus der Adressleiste entfernt, damit er nicht in Ihrem Verlauf gespeichert bleibt.',
  theirKeptCode: 'Code der Gegenseite:',
  storedNote:
    'Der Code der Gegenseite wird mit diesem Fall auf diesem Gerät gespeichert, sodass der Vergleich verfügbar ist, wenn Sie zurückkehren.',
  storedBroken: 'Der mit diesem Fall gespeicherte Code kann nicht mehr gelesen werden.',
  forget: 'Antworten der Gegenseite vergessen',
  forgotten: 'Die Antworten der Gegenseite sind vergessen. Ihr Code wird nicht mehr mit diesem Fall gespeichert.',
  replaceCode: 'Mit einem anderen Code vergleichen',
  prioritiesTitle: 'Ihre Prioritäten nebeneinander',
  goalsTitle: 'Was jeder Seite wichtig ist und was im Weg steht',
  agree: 'Wo Sie übereinstimmen',
  close: 'Eine Stufe auseinander',
  differ: 'Wo Sie auseinanderliegen',
  onlyOne: 'Nur von einer Seite beantwortet',
  factsTitle: 'Die Fakten, wie jede Seite sie angegeben hat',
  nothingInCommon: 'Sie haben noch keine gemeinsamen Fragen beantwortet.',
  colWhat: 'Frage',
  colYou: 'Sie',
  colThem: 'Gegenseite',
  notAnswered: 'Nicht beantwortet',
  yes: 'Ja',
  no: 'Nein',
  rankingTitle: 'Die Verfahren, die für Sie beide in Betracht kommen',
  howCombined: 'Geordnet nach der niedrigeren Ihrer beiden Punktzahlen, denn ein Verfahren muss für Sie beide passen.',
  jointOrder: 'Verfahren für Sie beide, das beste zuerst',
  together: (score: string) => `Gemeinsam: ${score}`,
  yourScore: (score: string, rank: string) => `Sie: Punktzahl ${score}, Rang ${rank}`,
  theirScore: (score: string, rank: string) => `Gegenseite: Punktzahl ${score}, Rang ${rank}`,
  limitedByYou: 'Ihre Antworten bestimmen die gemeinsame Punktzahl.',
  limitedByThem: 'Die Antworten der Gegenseite bestimmen die gemeinsame Punktzahl.',
  limitedByBoth: 'Dieselbe Punktzahl für Sie beide.',
  noShared: 'Nach diesen Antworten kommt kein Verfahren für Sie beide in Betracht.',
  excludedTitle: 'Durch die Antworten einer Seite ausgeschlossen',
  excludedLead:
    'Ein Verfahren, das durch die Antworten einer Seite ausgeschlossen ist, kann nicht gemeinsam gewählt werden, es sei denn, das Hindernis entfällt.',
  needsBoth: 'Erfordert die Zustimmung beider Seiten',
  fromYours: 'Aufgrund Ihrer Antworten:',
  fromTheirs: 'Aufgrund der Antworten der Gegenseite:',
  fromBoth: 'Aufgrund der Antworten beider Seiten:',
  bothExcluded: (count: string) => `Durch die Antworten beider Seiten ausgeschlossen (${count})`,
  safetyNote:
    'Ihre Antwort zur Sicherheit fließt in das ein, was Sie hier sehen. Sie ist nicht in Ihrem Code enthalten, daher berücksichtigt der Bildschirm der Gegenseite sie nicht.',
  backToResults: 'Zurück zu Ihren Ergebnissen',
  linkTitle: 'Mit der Gegenseite vergleichen',
  linkLead:
    'Geben Sie den Code ein, den Ihnen die Gegenseite gesendet hat. Er enthält nur die Stufen ihrer Antworten: keine Namen und nichts, was sie eingegeben hat.',
  linkValid: 'Der Code der Gegenseite ist gültig.',
  whichCase: 'Um welchen Ihrer Fälle geht es?',
  compareWithCase: (title: string) => `Mit „${title}“ vergleichen`,
  startNew: 'Neuen Fall mit dem Code der Gegenseite anlegen',
  startNewHelp:
    'Der Code der Gegenseite wird mit dem neuen Fall gespeichert. Wenn Sie die Fragen beantwortet haben, öffnen Sie in Ihren Ergebnissen „Das Verfahren gemeinsam wählen“.',
  noCases: 'Auf diesem Gerät gibt es noch keine Fälle.',
  willTitle: 'Wie jede Seite die andere sieht',
  willLead:
    'Die Frage „Wie bereit ist die Gegenseite, eine Einigung zu versuchen?“ betrifft die jeweils andere Seite, daher beziehen sich Ihre beiden Antworten auf zwei verschiedene Personen. Sie werden als Sicht jeder Seite auf die andere dargestellt, nie als Übereinstimmung oder Abweichung.',
  willYours: 'Ihre Antwort über die Gegenseite',
  willTheirs: 'Die Antwort der Gegenseite über Sie',
  'both-doubt':
    'Jede Seite hält die andere für nicht einigungsbereit. Dennoch haben Sie beide geantwortet und Codes ausgetauscht, und das ist bereits ein Schritt aufeinander zu: Jede Seite ist vielleicht offener, als die andere denkt. Zu sagen, was Sie zu versuchen bereit wären, ist ein guter Anfang.',
  'they-doubt-you':
    'Die Gegenseite hält Sie für nicht einigungsbereit, während Sie die Gegenseite als offen für eine Einigung sehen. Wenn Sie bereit sind, es zu versuchen, kann es ihre Sicht auf die Möglichkeiten verändern, wenn Sie ihr das sagen.',
  'you-doubt-them':
    'Sie halten die Gegenseite für nicht einigungsbereit, während die Gegenseite Sie als offen für eine Einigung sieht. Ihr Code sagt nicht, wie bereit die Gegenseite selbst ist, aber sie hat ihn gesendet: Fragen Sie, was sie zu versuchen bereit wäre.',
  'both-open':
    'Jede Seite sieht die andere als offen für eine Einigung: ein guter Ausgangspunkt, um gemeinsam ein Verfahren zu wählen.',
  'one-view': 'Nur eine Seite hat diese Frage beantwortet, daher gibt es nur eine Sicht.',
  willRefusal:
    'Weiter unten sind Verfahren, die die Zustimmung beider Seiten erfordern, ausgeschlossen, weil eine Seite erwartet, dass die andere ablehnt. Wenn Sie beide erklären, dass Sie es versuchen wollen, kommen sie wieder in Betracht.',
} satisfies TranslationOf<typeof togetherMessages>;
