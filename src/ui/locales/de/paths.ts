import type { TranslationOf } from '../../../i18n/messages.ts';
import { plural } from '../../../i18n/plural.ts';
import type { pathsMessages } from '../../worksheet/paths.messages.ts';

export default {
  part: 'Mögliche Wege: Gericht, Schiedsverfahren oder zuerst Mediation',
  lead: 'Vergleichen Sie, was jeder Weg in Geld und Monaten wert ist, ausgehend von denselben besten, wahrscheinlichen und schlechtesten Ergebnissen. Lassen Sie einen Weg leer, wenn er Ihnen nicht offensteht. Für das Gericht gelten die Kosten und Monate von oben für jede Angabe, die Sie hier nicht eigens machen. Der Weg über die Mediation geht davon aus, dass bei ihrem Scheitern das Gericht folgt: Weist eine Klausel den Fall einem Schiedsverfahren zu, tragen Sie unter „Gericht“ die Zahlen des Schiedsverfahrens ein.',
  court: 'Gericht',
  arbitration: 'Schiedsverfahren',
  mediation: 'Zuerst Mediation, bei Scheitern Gericht',
  costsToCome: 'Noch anfallende Kosten bis zu einer Entscheidung',
  months: 'Monate bis zu einer Entscheidung',
  mediationCosts: 'Kosten dieser Seite für die Mediation (ihr Anteil an den Gebühren und ihre Beratung)',
  mediationMonths: 'Monate bis zum Ende der Mediation',
  settlePercent: 'Wahrscheinlichkeit einer Einigung, in %',
  settlePercentHint: 'Leer lassen, um die veröffentlichte Quote zu verwenden, sofern es eine gibt.',
  settlement: 'Die Einigung, die diese Seite in der Mediation erwartet',
  published: 'Was veröffentlichte Zahlen für vergleichbare Fälle sagen',
  compareTitle: 'Was jeder Weg wert ist',
  compareLead:
    'Jeder Wert ist das erwartete Ergebnis, wie oben eingestellt für die Zeit abgezinst, abzüglich der noch anfallenden Kosten; beim Weg über die Mediation sind Einigung und Gericht nach der Wahrscheinlichkeit einer Einigung gewichtet. Eine Einigung jetzt, die mehr wert ist als der Wert eines Wegs, ist besser, als diesen Weg zu gehen, wenn man allein diese Geldbeträge betrachtet: Sie lassen außer Acht, wie viel Risiko jede Seite tragen kann und was über das Geld hinaus zählt. Für eine Seite, die zahlt, bedeutet ein höherer Wert, weniger zu zahlen.',
  way: 'Weg',
  value: 'Wert',
  costs: 'Noch anfallende Kosten',
  chance: (percent: string) => `Wahrscheinlichkeit einer Einigung: ${percent}`,
  time: 'Dauer',
  notComputed: 'nicht berechnet',
  atLeast: (value: string) => `mindestens ${value}`,
  range: (low: string, high: string) => `${low} bis ${high}`,
  monthsValue: (n: string, count: number) => plural('de', count, { one: `${n} Monat`, other: `${n} Monate` }),
  monthsBoth: (settled: string, failed: string) => `${settled} bei Einigung, sonst ${failed}`,
  best: (name: string, way: string, value: string) =>
    `Allein nach diesen Zahlen ist „${way}“ für ${name} der Weg mit dem höchsten Wert: ${value}. Eine Einigung jetzt, die mehr wert ist, ist für ${name} besser als jeder dieser Wege.`,
  'note.outcomes-blocked': (name: string) =>
    `${name}: Die Ergebnisse oben lassen sich noch nicht gewichten, daher wird kein Weg berechnet.`,
  'note.not-entered': (name: string, way: string) => `${name}: Für „${way}“ sind keine Zahlen eingegeben.`,
  unsaved: (name: string, way: string) =>
    `${name}: Eine für „${way}“ eingegebene Zahl wurde nicht gespeichert (das Feld sagt, warum) und bleibt hier außen vor.`,
  'note.court-needed': (name: string) =>
    `${name}: Der Weg über die Mediation braucht die Zahlen für das Gericht, den Weg bei ihrem Scheitern: Geben Sie dessen Kosten oder Monate ein, hier oder oben.`,
  'note.costs-missing': (name: string, way: string) =>
    `${name}: Für „${way}“ sind keine Kosten eingegeben, sie werden mit 0 angesetzt.`,
  'note.months-missing': (name: string, way: string) =>
    `${name}: Für „${way}“ sind keine Monate eingegeben, daher wird die Dauer nicht berücksichtigt.`,
  'note.chance-missing': (name: string) =>
    `${name}: Es ist keine Wahrscheinlichkeit einer Einigung eingegeben, und für diesen Fall gibt es keine veröffentlichte Quote, daher wird der Weg über die Mediation nicht berechnet.`,
  'note.chance-published': (name: string, low: string, high: string) =>
    `${name}: Für den Weg über die Mediation werden die veröffentlichten Einigungszahlen von ${low} bis ${high} verwendet, da keine eigene Wahrscheinlichkeit dieser Seite eingegeben ist (was jede Zahl erfasst, steht unter „Was veröffentlichte Zahlen für vergleichbare Fälle sagen“).`,
  'note.settlement-missing': (name: string) =>
    `${name}: Es ist keine erwartete Einigung eingegeben, daher zeigt der Weg über die Mediation nur seinen Mindestwert (eine Einigung, die nicht besser ist als der Gang vor Gericht).`,
  'note.settlement-from-zone': (name: string, value: string) =>
    `${name}: Als Einigung in der Mediation werden ${value} angenommen, die Mitte des Bereichs, den beide Seiten nach den für jede eingegebenen Zahlen akzeptieren sollten: eine Annahme (man trifft sich in der Mitte), keine Prognose.`,
  'note.settlement-below-going-on': (name: string) =>
    `${name}: Die erwartete Einigung ist weniger wert als der Gang vor Gericht nach der Mediation, daher gilt sie als abgelehnt.`,
  chartTitle: (name: string) => `Was jeder Weg für ${name} wert ist`,
  chartRange:
    'Der hellere Teil eines Balkens ist die Spanne, die sich aus den veröffentlichten Einigungszahlen ergibt.',
  withheld: (reasons: string) =>
    `Die veröffentlichten Einigungszahlen werden für diesen Fall nicht verwendet: ${reasons}. Geben Sie eine eigene Wahrscheinlichkeit einer Einigung ein, um den Weg über die Mediation zu bewerten.`,
} satisfies TranslationOf<typeof pathsMessages>;
