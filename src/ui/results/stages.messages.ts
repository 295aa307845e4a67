import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

export const stagesMessages = defineMessages('stages', {
  // ProtectionStep
  protectionRegion: 'Safety comes first',
  source: (citation: string) => `Source: ${citation}`,
  // StagesNote
  howRanked: 'How this ranking was made',
  stageGates: (n: number) =>
    n === 0
      ? 'Nothing was ruled out by your answers.'
      : plural('en', n, {
          one: '1 option was ruled out by your answers (listed at the end).',
          other: `${n} options were ruled out by your answers (listed at the end).`,
        }),
  stageEssentials: (goals: string) =>
    `Options that can give you what you said is essential (${goals}) come before those that cannot.`,
  stageScores: 'Then options are ordered by their score, the sum of the reasons shown with each.',
  stageTies: (margin: number) =>
    `Scores within ${margin} points of each other are shown as ties: about as good, sharing a rank.`,
  // OptionCard additions
  tiedWith: (names: string) => `About as good as ${names}.`,
  lacks: (name: string, text: string) => `${name} ${text}.`,
  leads: 'Placed first for safety.',
  delivers: (goals: string) => `Can give you what you said is essential: ${goals}.`,
  // Firmness
  firmness: 'How firm is this ranking?',
  firmRobust: (checked: number) =>
    `Firm: no one of the questions you left unanswered would, on its own and whatever its answer, change the top option (${checked} answers unknown, each tried in turn).`,
  firmOpen: 'These unanswered questions could change the top option. Answering them makes the ranking firmer:',
  firmCouldLead: (question: string, names: string) => `Your answer to “${question}” could put ${names} first.`,
  answerIt: 'Answer it',
  // PlaceNotes
  placeTitle: (name: string) => `Where it would be decided: ${name}`,
  placeUnknown: 'Where it would be decided',
  placeUnknownText:
    'You have not said where a court or tribunal would decide this, so nothing is ruled out for the place. Small-claims courts, steps required before court, construction adjudication and ombudsmen depend on the country.',
  placeOtherText:
    'Olé has no data for that country yet, so nothing is ruled out for the place. Small-claims courts, steps required before court, construction adjudication and ombudsmen depend on the country.',
  placeChecked: (date: string) =>
    `Checked on ${date}. Laws change: confirm with a lawyer or the court before you rely on this.`,
  'note.compulsory-step': 'A step required before court',
  'note.small-claims': 'Small claims',
  'note.adjudication': 'Construction adjudication',
  'note.ombudsman': 'Ombudsman',
  'note.treaty': 'Treaty',
  labelled: (label: string) => `${label}:`,
  'treaty.newYork': 'New York Convention (arbitral awards)',
  'treaty.singapore': 'Singapore Convention (mediated settlements)',
  'treaty.hague2005': 'Hague Choice of Court Convention 2005',
  'treaty.hague2019': 'Hague Judgments Convention 2019',
  'treaty.brusselsIbis': 'Brussels I bis Regulation (EU judgments)',
  'treaty.lugano': 'Lugano Convention 2007',
  treatyParty: (since: string) => (since ? `in force here since ${since}` : 'in force here'),
  treatyNotParty: 'not in force here',
  treatyUnknown: 'not confirmed',
});
