import { defineMessages } from '../../i18n/messages.ts';

// A profile's facts users weigh, its conflict-of-interest guidance, and the language its texts are published in.
export const profileMessages = defineMessages('profile', {
  takingNow: 'Taking new cases',
  takingFrom: (month: string) => `Taking new cases from ${month}`,
  notTaking: 'Not taking new cases',
  notSaid: 'Not stated',
  feesValue: (band: string, basis: string) => `${band}, ${basis}`,
  feesNote: 'The bands are the registry’s own, relative to fees where this mediator works: ask for the amount.',
  notTrained: 'Not trained in safeguarding',
  shuttle: 'offers shuttle mediation, with the parties apart',
  noShuttle: 'does not offer shuttle mediation',
  conflicts: 'Conflicts of interest',
  conflictsAsk:
    'Before you agree to this mediator, ask them in writing whether they have any link with either party, their advisers or the dispute.',
  conflictsDuty:
    'Codes of conduct ask for this. IMI’s Code of Professional Conduct (revised 2017) asks a mediator to be independent, neutral and impartial, and to disclose, before accepting an appointment, anything that may affect that or appear to; the code this mediator follows is named above.',
  conflictsRaise:
    'If you learn of a link later, raise it with the mediator at once, and decide with the other party whether to go on. Under the IMI complaints process, a complaint goes to the mediator first, within a month of your becoming aware of it.',
  conflictsEnforce:
    'For an international commercial settlement, a court may refuse to enforce it if the mediator seriously breached the standards that apply to them, or did not disclose circumstances that raise justifiable doubts about their impartiality or independence, and without that a party would not have settled (Singapore Convention on Mediation, 2019, Art.\u00a05(1)(e)\u2060–\u2060(f)).',
  bioIn: (language: string) => `This profile’s text is published in ${language}.`,
  digestIn: (language: string) => `This digest is published in ${language}.`,
});
