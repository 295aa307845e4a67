import type { TranslationOf } from '../../../i18n/messages.ts';
import type { workingMessages } from '../../worksheet/working.messages.ts';

export default {
  title: 'Wie der Wert der Fortsetzung berechnet wird',
  expected: 'Erwartetes Ergebnis (jedes Ergebnis mit seiner Wahrscheinlichkeit gewichtet)',
  factor: 'Abzinsungsfaktor für die Zeit',
  expectedToday: 'Erwartetes Ergebnis, auf heute abgezinst',
  costsNotDiscounted: 'Abzüglich der noch anfallenden Kosten, nicht abgezinst',
  costsDiscounted: 'Abzüglich der noch anfallenden Kosten, abgezinst',
  value: 'Wert der Fortsetzung',
  nothingDiscounted: 'Es ist kein jährlicher Abzinsungssatz angegeben, daher wird nichts für die Zeit abgezinst.',
  outcomeOnly: (rate: string) =>
    `Bei ${rate} pro Jahr über die Monate jeder Seite bis zu einer Entscheidung wird nur das erwartete Ergebnis abgezinst. Die noch anfallenden Kosten werden so abgezogen, wie sie eingegeben wurden, da sie im Laufe des Verfahrens anfallen.`,
  costsToo: (rate: string) =>
    `Bei ${rate} pro Jahr über die Monate jeder Seite bis zu einer Entscheidung werden sowohl das erwartete Ergebnis als auch die noch anfallenden Kosten abgezinst, als würden die Kosten vollständig bei der Entscheidung bezahlt.`,
  discountCosts: 'Auch die noch anfallenden Kosten abzinsen',
  discountCostsHint:
    'Aus: Die Kosten werden voll angesetzt, da sie im Laufe des Verfahrens anfallen. Ein: Sie werden wie das Ergebnis abgezinst, also so behandelt, als würden sie bei der Entscheidung bezahlt.',
  flipped: (name: string, costs: string, expected: string, pays: string) =>
    `Warnung: Für ${name} sind die noch anfallenden Kosten (${costs}) höher als das erwartete Ergebnis (${expected}), sodass die Fortsetzung insgesamt voraussichtlich Geld kostet. Selbst eine Zahlung von bis zu ${pays} für eine Einigung würde ${name} besser stellen als die Fortsetzung.`,
  negative: (name: string, pays: string) =>
    `Für ${name} kostet die Fortsetzung insgesamt voraussichtlich Geld. Eine Zahlung von weniger als ${pays} für eine Einigung würde ${name} besser stellen als die Fortsetzung.`,
  unsaved:
    'Ein oben eingegebener Wert wurde nicht gespeichert (das Feld nennt den Grund). Die Werte hier beruhen auf dem zuvor Gespeicherten.',
  unsavedAmount: (name: string, outcome: string) =>
    `${name}: Der für „${outcome}“ eingegebene Betrag wurde nicht gespeichert (das Feld nennt den Grund), daher wird der Wert nicht berechnet.`,
  unsavedProbability: (name: string, outcome: string) =>
    `${name}: Die für „${outcome}“ eingegebene Wahrscheinlichkeit wurde nicht gespeichert (das Feld nennt den Grund), daher wird der Wert nicht berechnet.`,
} satisfies TranslationOf<typeof workingMessages>;
