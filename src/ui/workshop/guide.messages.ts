import { defineMessages } from '../../i18n/messages.ts';

// The trainer's guide: two workshop plans and how to run them offline. Each sentence is checked against what the
// workshop does (the presenter's keys, its timer, the handout, the speaker notes); a claim here is a promise.
export const guideMessages = defineMessages('guide', {
  title: 'Trainer’s guide',
  link: 'Trainer’s guide: plans for 20 and 45 minutes',
  lead: 'How to run a workshop on choosing a dispute-resolution process with Olé: a plan for 20 minutes, a plan for 45 minutes with two scenarios and the room’s votes, and how to run it with no Wi-Fi.',
  minutes: (from: number, to: number) => `${from}–${to} min`,

  prepareHeading: 'Before the day',
  prepareScenario:
    'Choose a scenario in the library and read its speaker notes: what the suggested flip shows, a common misconception and the literature behind the point.',
  prepareHandout:
    'Print its one-page handout for each participant or each table. It leaves out Olé’s ranking, so the room ranks first.',
  prepareLaptop: 'Open Olé on the laptop you will present from while it is online (see “With no Wi-Fi” below).',

  shortHeading: 'A 20-minute workshop: one scenario',
  shortIntro:
    'Open the scenario’s presenter on the projector. Its 20-minute timer starts with it; T pauses it, and it ends with a quiet visual signal.',
  shortStory: 'The story',
  shortStoryText: 'Read it aloud; the room follows on the handout.',
  shortAnswers: 'The prepared answers',
  shortAnswersText: 'Step through them with → or Space. At each, ask who would have answered differently.',
  shortGuess: 'The room ranks',
  shortGuessText: 'Before the reveal, each table writes down the three processes it thinks fit best, and why.',
  shortReveal: 'The reveal',
  shortRevealText: 'Press R. Compare Olé’s ranking with the tables’ guesses, then take the points to discuss.',
  shortFlip: 'The flip',
  shortFlipText:
    'Press F for the suggested flip: first what it ruled out or brought back, with the reason, then what moved and why.',
  shortClose: 'Close',
  shortCloseText:
    'When the timer signals, end with one question: what would you ask a party before choosing a process?',

  longHeading: 'A 45-minute workshop: two scenarios and the room’s votes',
  longIntro: 'Take two scenarios that lead to different processes, for example:',
  pairContracts:
    'two contract disputes, one where the sides still talk and one with a clause, a refusal and enforcement abroad',
  pairTechnical: 'two technical questions, a dispute board for a project still running and an expert for a valuation',
  compareThem: 'Compare them side by side',
  longOpen: 'Opening',
  longOpenText:
    'Ask the room how they choose a process today. Sander and Goldberg’s question (1994): which forum fits this fuss?',
  longFirst: 'First scenario',
  longFirstText:
    'As in the 20-minute plan, but at each prepared answer record the room’s show of hands in the presenter. The votes stay on your laptop.',
  longRoom: 'The room’s ranking',
  longRoomText:
    'Show the room’s ranking beside the case’s ranking: which answers differ, and what moved because of them?',
  longSecond: 'Second scenario',
  longSecondText:
    'Let a table choose its own flip instead of the suggested one, and have the room predict what will move before you show it.',
  longCompare: 'Side by side',
  longCompareText: 'Open Compare with both scenarios: what changes from one to the other, and why?',
  longClose: 'Close',
  longCloseText: 'Each participant names one question they will ask a party before choosing a process.',

  offlineHeading: 'With no Wi-Fi',
  offlineOnce:
    'Open Olé once on the laptop while it is online, in the browser you will present with. The app and every scenario are then kept on the laptop, and it works with no network.',
  offlineCheck: 'Check it before the day: turn the Wi-Fi off and open your scenario’s presenter.',
  offlineNotes:
    'The speaker notes open in a second window of the same browser and follow the slides with no network: keep them on the laptop’s screen and the slides on the projector.',
  offlinePhones:
    'The QR codes open Olé on participants’ phones only if the phones have a network (the room’s Wi-Fi or mobile data). With none, use the printed handouts.',
  offlineScreen:
    'The presenter fills the screen without the app’s header; its top bar switches the language and the light or dark theme.',
  keysHeading: 'Presenter keys',
  keysNote: 'The keys are also shown on screen, with a button for each.',
  keyTimer: 'pause or resume the timer',
});
