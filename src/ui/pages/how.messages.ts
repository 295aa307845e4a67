import { defineMessages } from '../../i18n/messages.ts';

// Each sentence is checked against what the app does: a claim here is a promise to the reader.
export const howMessages = defineMessages('how', {
  title: 'How Olé works',
  lead: 'Olé helps you choose how to resolve a dispute, and with whom. What it offers depends on who you are.',

  partyHeading: 'If you are a party in a dispute',
  partyAnswer:
    'Answer plain questions about your dispute, one at a time. Each answer is saved as you give it, and you can leave out any question you cannot answer.',
  partyRanked:
    'See the ways to resolve it ranked, from negotiation and mediation to arbitration and court, each with the reasons for its place, and the ones that cannot work here with why.',
  partyChange:
    'See which single answer would change the option ranked first, and how firm the ranking is while questions are left unanswered.',
  partyWhatIf:
    'Try what-ifs: change an answer and watch the ranking move. Your case keeps its saved answers until you choose to keep the new one.',
  partyWorksheet:
    'Use the worksheet for the money: what is at stake, the costs and the time to a decision, and your best alternative to a negotiated agreement (BATNA). Olé works out what going on is worth to each side and shows its working.',
  partyReport: 'Print a report of your case, or save it as a PDF from the browser.',
  partyTogether:
    'Choose the process together with the other side: each of you answers on your own device, you exchange short codes, and Olé shows where you agree and which processes suit you both. A code carries no name, typed text or worksheet.',
  partyMediator: 'Find a certified mediator who fits your case, shortlist a few and share the list to choose together.',
  partyStart: 'Start from the home page',
  partyCode: 'Enter the other side’s code',
  partyFind: 'Find a mediator',

  counselHeading: 'If you are counsel',
  counselSame: 'Everything a party can do, for your client’s case.',
  counselReport:
    'A report for a client or a board: a summary first, then the answers, then the detail, to print or save as a PDF.',
  counselVersion: 'The rules version on the results and on the report, so you can say which rules a ranking came from.',
  counselSources:
    'Every figure shown with an option names its published source and year; where a statement is Olé’s own judgement, it says so.',
  counselFile: 'Export a case as a file for outside counsel, who can import it on their own device.',
  counselDigest:
    'Check that a mediator’s certification is current, and read their Feedback Digest with its Reviewer and date.',

  youngHeading: 'If you are a young mediator',
  youngMentor:
    'Find a mentor through IMI’s Young Mediators’ Initiative (YMI): give your region, languages and interests, which stay on this device, and see mediators who accept mentees, each with why they match.',
  youngStandards:
    'Read the certification standards, offline: levels and specialisations, competency criteria, the code of conduct, the complaints route and the Qualifying Assessment Programs.',
  youngMentorLink: 'Find a mentor',
  youngStandardsLink: 'Read the standards',

  trainerHeading: 'If you are a trainer',
  trainerScenarios:
    'Fictional scenarios for a twenty-minute workshop on choosing a process, told in every language Olé speaks.',
  trainerPresenter:
    'Presenter mode in large type for a projector. Once Olé has been opened on your laptop, it needs no Wi-Fi: the scenarios come with the app.',
  trainerFlip: 'Reveal the ranking, then change one answer in front of the room and show what moved, and why.',
  trainerPhones: 'Participants scan a QR code to follow on their own phones.',
  trainerNotes: 'Speaker notes in a second window of the same browser follow the slides and can move them.',
  trainerTimer: 'A 20-minute timer that ends with a quiet visual signal.',
  trainerHandout: 'A one-page handout to print for each scenario, without Olé’s ranking, so the room ranks first.',
  trainerLink: 'Open the workshop scenarios',

  rankingHeading: 'How the ranking works',
  rankingGates: 'First, the options that cannot work in your case are ruled out, each with the reason.',
  rankingFirst:
    'When someone’s safety is at risk, the results open with a protection step; an option that cannot give something you called essential comes after every option that can.',
  rankingScores:
    'Each option’s score is the sum of named reasons, shown with the option, such as “because privacy matters to you, +12”.',
  rankingTies: 'Options whose scores are within 2 points share a rank, and the results say they are about as good.',
  rankingRatings:
    'The ratings behind the scores are Olé’s own judgement, following published process-choice frameworks such as Sander and Goldberg’s (1994); they are not IMI’s, nor values taken from those works.',
  rankingAdvice: 'The ranking helps you think about your options; it is not legal advice.',

  dataHeading: 'Your data',
  dataDevice:
    'Your answers, worksheet and cases stay in this browser, on this device. There is no account and no analytics, and Olé makes no request to anyone else’s server.',
  dataShare: 'Nothing leaves the device unless you export a case or share a code or a shortlist.',
  dataPassphrase:
    'You can protect your cases with a passphrase: they are then stored encrypted, and each new tab asks for it. A forgotten passphrase cannot be recovered.',
  dataFile:
    'You can export a case as a file and import it on another device. The file is not encrypted, so that it opens anywhere: keep it safe.',
  dataLink: 'Protect my cases',

  sourcesHeading: 'Where the data comes from',
  sourcesRegistry:
    'The directory of certified mediators, their Feedback Digests and the certification standards come from a registry that signs what it publishes. Olé accepts an update only when the signature checks, and keeps a copy on this device, so the directory works offline.',
  sourcesBadges:
    'A certification badge is shown only while the certification is current; a Feedback Digest older than 24 months is flagged.',
  sourcesDemo:
    'Demo data is labelled as demo: its mediators, Reviewers and digests are invented. The workshop scenarios are fictional, and labelled so.',
  sourcesLink: 'Open the directory',
});
