import { plural } from '../../../i18n/plural.ts';
import type { TranslationOf } from '../../../i18n/messages.ts';
import type { stagesMessages } from '../../results/stages.messages.ts';

export default {
  protectionRegion: 'Sicherheit geht vor',
  source: (citation: string) => `Quelle: ${citation}`,
  howRanked: 'Wie diese Rangfolge entstanden ist',
  stageGates: (n: number) =>
    n === 0
      ? 'Aufgrund Ihrer Antworten wurde nichts ausgeschlossen.'
      : plural('de', n, {
          one: `${n} Verfahren wurde aufgrund Ihrer Antworten ausgeschlossen (am Ende aufgeführt).`,
          other: `${n} Verfahren wurden aufgrund Ihrer Antworten ausgeschlossen (am Ende aufgeführt).`,
        }),
  stageEssentials: (goals: string) =>
    `Verfahren, die bieten können, was Sie als unverzichtbar angegeben haben (${goals}), stehen vor denen, die das nicht können.`,
  stageScores: 'Danach werden die Verfahren nach ihrer Punktzahl geordnet, der Summe der jeweils angezeigten Gründe.',
  stageTies: (margin: number) =>
    plural('de', margin, {
      one: `Punktzahlen, die höchstens ${margin} Punkt auseinanderliegen, werden als Gleichstand angezeigt: etwa gleich gut, mit gemeinsamem Rang.`,
      other: `Punktzahlen, die höchstens ${margin} Punkte auseinanderliegen, werden als Gleichstand angezeigt: etwa gleich gut, mit gemeinsamem Rang.`,
    }),
  tiedWith: (names: string) => `Etwa so gut wie ${names}.`,
  lacks: (name: string, text: string) => `${name} ${text}.`,
  leads: 'Aus Sicherheitsgründen an erster Stelle.',
  delivers: (goals: string) => `Kann bieten, was Sie als unverzichtbar angegeben haben: ${goals}.`,
  firmness: 'Wie belastbar ist diese Rangfolge?',
  firmRobust: (checked: number) =>
    `Belastbar: Keine der Fragen, die Sie unbeantwortet gelassen haben, würde für sich allein und gleich mit welcher Antwort das erstplatzierte Verfahren ändern (${plural('de', checked, { one: `${checked} unbekannte Antwort`, other: `${checked} unbekannte Antworten` })}, jeweils einzeln durchgespielt).`,
  firmOpen:
    'Diese unbeantworteten Fragen könnten das erstplatzierte Verfahren ändern. Wenn Sie sie beantworten, wird die Rangfolge belastbarer:',
  firmCouldLead: (question: string, names: string) =>
    `Ihre Antwort auf „${question}“ könnte ${names} an die erste Stelle setzen.`,
  answerIt: 'Beantworten',
  placeTitle: (name: string) => `Ort der Entscheidung: ${name}`,
  placeUnknown: 'Ort der Entscheidung',
  placeUnknownText:
    'Sie haben nicht angegeben, wo ein staatliches Gericht oder Schiedsgericht hierüber entscheiden würde, daher wird aufgrund des Ortes nichts ausgeschlossen. Verfahren für geringfügige Forderungen, vor einer Klage vorgeschriebene Schritte, Bauadjudikation und Ombudsstellen hängen vom jeweiligen Land ab.',
  placeOtherText:
    'Für dieses Land liegen Olé noch keine Daten vor, daher wird aufgrund des Ortes nichts ausgeschlossen. Verfahren für geringfügige Forderungen, vor einer Klage vorgeschriebene Schritte, Bauadjudikation und Ombudsstellen hängen vom jeweiligen Land ab.',
  placeChecked: (date: string) =>
    `Geprüft am ${date}. Gesetze ändern sich: Lassen Sie sich dies von einem Rechtsanwalt oder vom Gericht bestätigen, bevor Sie sich darauf verlassen.`,
  'note.compulsory-step': 'Ein vor der Klage vorgeschriebener Schritt',
  'note.small-claims': 'Geringfügige Forderungen',
  'note.adjudication': 'Bauadjudikation',
  'note.ombudsman': 'Ombudsstelle',
  'note.treaty': 'Abkommen',
  labelled: (label: string) => `${label}:`,
  'treaty.newYork': 'New Yorker Übereinkommen (Schiedssprüche)',
  'treaty.singapore': 'Singapur-Übereinkommen (Vergleichsvereinbarungen aus Mediation)',
  'treaty.hague2005': 'Haager Übereinkommen über Gerichtsstandsvereinbarungen von 2005',
  'treaty.hague2019': 'Haager Anerkennungs- und Vollstreckungsübereinkommen von 2019',
  'treaty.brusselsIbis': 'Brüssel-Ia-Verordnung (Urteile innerhalb der EU)',
  'treaty.lugano': 'Lugano-Übereinkommen von 2007',
  treatyParty: (since: string) => (since ? `hier in Kraft seit ${since}` : 'hier in Kraft'),
  treatyNotParty: 'hier nicht in Kraft',
  treatyUnknown: 'nicht bestätigt',
} satisfies TranslationOf<typeof stagesMessages>;
