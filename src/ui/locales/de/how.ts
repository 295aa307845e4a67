import type { TranslationOf } from '../../../i18n/messages.ts';
import type { howMessages } from '../../pages/how.messages.ts';

export default {
  title: 'So funktioniert Olé',
  lead: 'Olé hilft Ihnen zu wählen, wie und mit wem eine Streitigkeit beigelegt wird. Was es Ihnen bietet, hängt davon ab, wer Sie sind.',

  partyHeading: 'Wenn Sie Partei einer Streitigkeit sind',
  partyAnswer:
    'Beantworten Sie nacheinander einfache Fragen zu Ihrer Streitigkeit. Jede Antwort wird sofort gespeichert, und Sie können jede Frage auslassen, die Sie nicht beantworten können.',
  partyRanked:
    'Sehen Sie die Wege zur Beilegung in einer Rangfolge, von der Verhandlung und der Mediation bis zum Schiedsverfahren und zum staatlichen Gericht, jeweils mit den Gründen für ihren Platz, und dazu die Wege, die hier nicht in Betracht kommen, mit Begründung.',
  partyChange:
    'Sehen Sie, welche einzelne Antwort das erstplatzierte Verfahren ändern würde und wie belastbar die Rangfolge ist, solange Fragen unbeantwortet sind.',
  partyWhatIf:
    'Spielen Sie Varianten durch: Ändern Sie eine Antwort und beobachten Sie, wie sich die Rangfolge verschiebt. Ihr Fall behält seine gespeicherten Antworten, bis Sie sich entscheiden, die neue Antwort zu übernehmen.',
  partyWorksheet:
    'Nutzen Sie das Arbeitsblatt für die finanzielle Seite: den Streitwert, die Kosten und die Dauer bis zu einer Entscheidung sowie Ihre beste Alternative zu einer Verhandlungslösung (BATNA). Olé berechnet, was die Fortsetzung des Streits für jede Seite wert ist, und legt den Rechenweg offen.',
  partyReport: 'Drucken Sie einen Bericht zu Ihrem Fall aus oder speichern Sie ihn im Browser als PDF.',
  partyTogether:
    'Wählen Sie das Verfahren gemeinsam mit der Gegenseite: Jede Seite antwortet auf dem eigenen Gerät, Sie tauschen kurze Codes aus, und Olé zeigt, wo Sie übereinstimmen und welche Verfahren für Sie beide in Betracht kommen. Ein Code enthält weder Namen noch eingegebenen Text noch das Arbeitsblatt.',
  partyMediator:
    'Finden Sie einen zertifizierten Mediator, der zu Ihrem Fall passt, setzen Sie einige auf Ihre Auswahlliste und teilen Sie die Liste, um gemeinsam auszuwählen.',
  partyStart: 'Auf der Startseite beginnen',
  partyCode: 'Code der Gegenseite eingeben',
  partyFind: 'Einen Mediator finden',

  counselHeading: 'Wenn Sie eine Partei anwaltlich vertreten',
  counselSame: 'Alles, was eine Partei tun kann, für den Fall Ihrer Mandantschaft.',
  counselReport:
    'Ein Bericht für die Mandantschaft oder die Geschäftsleitung: zuerst eine Zusammenfassung, dann die Antworten, dann die Einzelheiten, zum Ausdrucken oder Speichern als PDF.',
  counselVersion:
    'Die Version der Regeln in den Ergebnissen und im Bericht, damit Sie angeben können, auf welchen Regeln eine Rangfolge beruht.',
  counselSources:
    'Jede bei einem Verfahren angezeigte Zahl nennt ihre veröffentlichte Quelle und deren Jahr; wo eine Aussage auf der eigenen Einschätzung von Olé beruht, wird dies angegeben.',
  counselFile:
    'Exportieren Sie einen Fall als Datei für eine externe anwaltliche Vertretung, die ihn auf ihrem eigenen Gerät importieren kann.',
  counselDigest:
    'Prüfen Sie, ob die Zertifizierung eines Mediators aktuell ist, und lesen Sie seine Feedback-Übersicht mit Verfasser und Datum.',

  youngHeading: 'Wenn Sie Nachwuchsmediator sind',
  youngMentor:
    'Finden Sie einen Mentor über die Young Mediators’ Initiative (YMI) des IMI: Geben Sie Ihre Region, Ihre Sprachen und Ihre Interessen an, die auf diesem Gerät bleiben, und sehen Sie Mediatoren, die Mentees aufnehmen, jeweils mit der Begründung, warum sie passen.',
  youngStandards:
    'Lesen Sie die Zertifizierungsstandards offline: Stufen und Spezialisierungen, Kompetenzkriterien, den Verhaltenskodex, das Beschwerdeverfahren und die Qualifying Assessment Programs (QAP).',
  youngMentorLink: 'Einen Mentor finden',
  youngStandardsLink: 'Standards lesen',

  trainerHeading: 'Wenn Sie Trainer sind',
  trainerScenarios:
    'Fiktive Fallbeispiele für einen zwanzigminütigen Workshop zur Verfahrenswahl, in jeder Sprache, die Olé spricht.',
  trainerPresenter:
    'Ein Präsentationsmodus in großer Schrift für den Beamer. Sobald Olé einmal auf Ihrem Laptop geöffnet wurde, braucht es kein WLAN mehr: Die Fallbeispiele sind Teil der App.',
  trainerFlip:
    'Decken Sie die Rangfolge auf, ändern Sie dann vor dem Publikum eine Antwort und zeigen Sie, was sich verschoben hat und warum.',
  trainerPhones: 'Die Teilnehmenden scannen einen QR-Code, um auf ihren eigenen Smartphones mitzulesen.',
  trainerNotes:
    'Notizen für Vortragende in einem zweiten Fenster desselben Browsers folgen den Folien und können sie weiterschalten.',
  trainerTimer: 'Ein 20-Minuten-Timer, der mit einem unaufdringlichen optischen Signal endet.',
  trainerHandout:
    'Ein einseitiges Handout zum Ausdrucken für jedes Fallbeispiel, ohne die Rangfolge von Olé, damit das Publikum zuerst selbst eine Rangfolge bildet.',
  trainerLink: 'Fallbeispiele für Workshops öffnen',

  rankingHeading: 'Wie die Rangfolge entsteht',
  rankingGates:
    'Zuerst werden die Verfahren ausgeschlossen, die in Ihrem Fall nicht in Betracht kommen, jeweils mit Begründung.',
  rankingFirst:
    'Wenn die Sicherheit einer Person gefährdet ist, beginnen die Ergebnisse mit einem Schritt zum Schutz; ein Verfahren, das etwas nicht bieten kann, was Sie als unverzichtbar angegeben haben, steht hinter allen Verfahren, die es bieten können.',
  rankingScores:
    'Die Punktzahl jedes Verfahrens ist die Summe benannter Gründe, die beim Verfahren angezeigt werden, etwa „weil Ihnen Vertraulichkeit wichtig ist, +12“.',
  rankingTies:
    'Verfahren, deren Punktzahlen höchstens 2 Punkte auseinanderliegen, teilen sich einen Rang, und die Ergebnisse weisen sie als etwa gleich gut aus.',
  rankingRatings:
    'Die Bewertungen hinter den Punktzahlen sind die eigene Einschätzung von Olé in Anlehnung an veröffentlichte Modelle zur Verfahrenswahl wie das von Sander und Goldberg (1994); sie stammen weder vom IMI noch sind es Werte aus diesen Werken.',
  rankingAdvice: 'Die Rangfolge hilft Ihnen, Ihre Möglichkeiten zu durchdenken; sie ist keine Rechtsberatung.',

  dataHeading: 'Ihre Daten',
  dataDevice:
    'Ihre Antworten, Ihr Arbeitsblatt und Ihre Fälle bleiben in diesem Browser auf diesem Gerät. Es gibt kein Konto und keine Analyse-Tools, und Olé sendet keine Anfrage an einen fremden Server.',
  dataShare:
    'Nichts verlässt das Gerät, es sei denn, Sie exportieren einen Fall oder teilen einen Code oder eine Auswahlliste.',
  dataPassphrase:
    'Sie können Ihre Fälle mit einer Passphrase schützen: Sie werden dann verschlüsselt gespeichert, und jeder neue Tab fragt die Passphrase ab. Eine vergessene Passphrase lässt sich nicht wiederherstellen.',
  dataFile:
    'Sie können einen Fall als Datei exportieren und auf einem anderen Gerät importieren. Die Datei ist nicht verschlüsselt, damit sie sich überall öffnen lässt: Bewahren Sie sie sicher auf.',
  dataLink: 'Meine Fälle schützen',

  sourcesHeading: 'Woher die Daten stammen',
  sourcesRegistry:
    'Das Verzeichnis der zertifizierten Mediatoren, ihre Feedback-Übersichten und die Zertifizierungsstandards stammen aus einem Register, das seine Veröffentlichungen signiert. Olé übernimmt eine Aktualisierung nur, wenn die Signaturprüfung erfolgreich ist, und speichert eine Kopie auf diesem Gerät, sodass das Verzeichnis auch offline funktioniert.',
  sourcesBadges:
    'Ein Zertifizierungsabzeichen wird nur angezeigt, solange die Zertifizierung gültig ist; eine Feedback-Übersicht, die älter als 24 Monate ist, wird gekennzeichnet.',
  sourcesDemo:
    'Demodaten sind als solche gekennzeichnet: Die darin enthaltenen Mediatoren, die Verfasser der Feedback-Übersichten und die Übersichten selbst sind erfunden. Die Fallbeispiele für Workshops sind fiktiv und als fiktiv gekennzeichnet.',
  sourcesLink: 'Verzeichnis öffnen',
} satisfies TranslationOf<typeof howMessages>;
