import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'Mögliche Wege: Gericht, Schiedsverfahren oder zuerst Mediation',
  lead: 'Vergleichen Sie, was jeder Weg in Geld und Monaten wert ist, ausgehend von denselben besten, wahrscheinlichen und schlechtesten Ergebnissen. Lassen Sie einen Weg leer, wenn er Ihnen nicht offensteht. Für das Gericht gelten die Kosten und Monate von oben, sofern Sie keine eigenen angeben.',
  court: 'Gericht',
  arbitration: 'Schiedsverfahren',
  mediation: 'Zuerst Mediation, bei Scheitern Gericht',
  costsToCome: 'Noch anfallende Kosten bis zu einer Entscheidung',
  months: 'Monate bis zu einer Entscheidung',
  mediationCosts: 'Ihre Kosten für die Mediation (Ihr Anteil an den Gebühren und Ihre Beratung)',
  mediationMonths: 'Monate bis zum Ende der Mediation',
  settlePercent: 'Wahrscheinlichkeit einer Einigung, in %',
  settlePercentHint: 'Leer lassen, um die veröffentlichte Quote zu verwenden, sofern es eine gibt.',
  settlement: 'Die Einigung, die Sie in der Mediation erwarten',
  published: 'Was veröffentlichte Zahlen für vergleichbare Fälle sagen',
  compareTitle: 'Was jeder Weg wert ist',
  compareLead:
    'Jeder Wert ist das erwartete Ergebnis, wie oben eingestellt für die Zeit abgezinst, abzüglich der noch anfallenden Kosten. Eine Einigung jetzt, die mehr wert ist als ein Weg, ist besser, als diesen Weg zu gehen.',
  way: 'Weg',
  value: 'Wert',
  time: 'Dauer',
  notComputed: 'nicht berechnet',
  atLeast: (value: string) => `mindestens ${value}`,
  range: (low: string, high: string) => `${low} bis ${high}`,
  monthsValue: (n: string, count: number) => plural('de', count, { one: `${n} Monat`, other: `${n} Monate` }),
  monthsBoth: (settled: string, failed: string) => `${settled} bei Einigung, sonst ${failed}`,
  best: (name: string, way: string, value: string) =>
    `Für ${name} ist „${way}“ der beste Weg, mit einem Wert von ${value}: Eine Einigung jetzt, die mehr wert ist, ist für ${name} besser als jeder dieser Wege.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}: Die Ergebnisse oben lassen sich noch nicht gewichten, daher wird kein Weg berechnet.`,
  'note.not-entered': (name: string, way: string) => `${name}: Für „${way}“ sind weder Kosten noch Monate eingegeben.`,
  'note.costs-missing': (name: string, way: string) =>
    `${name}: Für „${way}“ sind keine Kosten eingegeben, sie werden mit 0 angesetzt.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}: Für „${way}“ sind keine Monate eingegeben, daher wird die Dauer nicht berücksichtigt.`,
  'note.chance-missing': (name: string) =>
    `${name}: Es ist keine Wahrscheinlichkeit einer Einigung eingegeben, und für diesen Fall gibt es keine veröffentlichte Quote, daher wird der Weg über die Mediation nicht berechnet.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}: Für den Weg über die Mediation wird die veröffentlichte Einigungsquote von ${low} bis ${high} verwendet, da keine eigene Wahrscheinlichkeit eingegeben ist (siehe die Quellen unter den Zahlen).`,
  'note.settlement-missing': (name: string) =>
    `${name}: Es ist keine erwartete Einigung eingegeben, daher zeigt der Weg über die Mediation nur seinen Mindestwert (eine Einigung, die nicht besser ist als der Gang vor Gericht).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}: Als Einigung in der Mediation werden ${value} angenommen, die Mitte des Bereichs, den beide Seiten akzeptieren sollten.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}: Die erwartete Einigung ist weniger wert als der Gang vor Gericht nach der Mediation, daher gilt sie als abgelehnt.`,
  chartTitle: (name: string) => `Was jeder Weg für ${name} wert ist`,
} satisfies TranslationOf<typeof pathsMessages>;
