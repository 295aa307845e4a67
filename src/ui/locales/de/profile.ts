import type { TranslationOf } from '../../../i18n/messages.ts';
import type { profileMessages } from '../../directory/profile.messages.ts';

export default {
  takingNow: 'Nimmt neue Fälle an',
  takingFrom: (month: string) => `Nimmt ab ${month} neue Fälle an`,
  notTaking: 'Nimmt keine neuen Fälle an',
  notSaid: 'Keine Angabe',
  feesValue: (band: string, basis: string) => `${band}, ${basis}`,
  feesNote:
    'Die Stufen legt das Register fest, gemessen an den üblichen Honoraren dort, wo dieser Mediator tätig ist: Fragen Sie nach dem Betrag.',
  notTrained: 'Nicht im Schutz der Parteien geschult',
  shuttle: 'bietet Pendelmediation an, bei der die Parteien getrennt bleiben',
  noShuttle: 'bietet keine Pendelmediation an',
  conflicts: 'Interessenkonflikte',
  conflictsAsk:
    'Bevor Sie diesem Mediator zustimmen, fragen Sie ihn schriftlich, ob er eine Verbindung zu einer der Parteien, ihren Beratern oder der Streitigkeit hat.',
  conflictsDuty:
    'Verhaltenskodizes verlangen das. Der Verhaltenskodex des IMI (Code of Professional Conduct, überarbeitet 2017) verlangt vom Mediator, unabhängig, neutral und unparteiisch zu sein und vor der Annahme eines Auftrags alles offenzulegen, was dies beeinträchtigen oder so erscheinen könnte; der Kodex, dem dieser Mediator folgt, ist oben genannt.',
  conflictsRaise:
    'Erfahren Sie später von einer Verbindung, sprechen Sie den Mediator sofort darauf an und entscheiden Sie mit der anderen Partei, ob Sie fortfahren. Im Beschwerdeverfahren des IMI geht eine Beschwerde zuerst an den Mediator, innerhalb eines Monats, nachdem Sie davon erfahren haben.',
  conflictsEnforce:
    'Bei einer internationalen Vergleichsvereinbarung in Handelssachen kann ein Gericht die Vollstreckung verweigern, wenn der Mediator die für ihn geltenden Standards schwerwiegend verletzt oder Umstände nicht offengelegt hat, die berechtigte Zweifel an seiner Unparteilichkeit oder Unabhängigkeit wecken, und eine Partei sich ohne dies nicht geeinigt hätte (Übereinkommen von Singapur über Mediation, 2019, Art.\u00a05(1)(e)\u2060–\u2060(f)).',
  bioIn: (language: string) => `Dieser Profiltext ist auf ${language} veröffentlicht.`,
  digestIn: (language: string) => `Diese Übersicht ist auf ${language} veröffentlicht.`,
} satisfies TranslationOf<typeof profileMessages>;
