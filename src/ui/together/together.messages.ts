import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';
import type { CodeError } from '../../domain/together/priorities-code.ts';

export const togetherMessages = defineMessages('together', {
  lead: 'Each of you answers on your own device. Swap codes, and Olé shows side by side where your priorities agree and differ, and which processes suit you both. No server is involved: the code goes only where you send it.',
  yourCode: 'Your code',
  whatItTells: 'What your code tells the other party',
  tellsLevels:
    'How much each goal and each obstacle matters to you, as the levels you chose (for example “Very important” or “A little”).',
  tellsFacts:
    'The facts you picked about the case: the amount band, how far it has escalated, whether it crosses borders, whether there is an arbitration clause, and the like.',
  tellsNot:
    'Nothing else: not your name, not the case name, nothing you typed, not your worksheet, and never your answer about safety, which stays on this device.',
  anyoneCanRead: 'Anyone who has the code can read these levels, so send it only to the other party.',
  noAnswers: 'You have not answered any questions in this case yet, so your code would say nothing.',
  showMyCode: 'Show my code',
  codeLabel: 'Your code, in five groups of five to read aloud',
  readHint: 'Capital or small letters make no difference. There is no letter O, I or L: those are the digits 0 and 1.',
  copyCode: 'Copy the code',
  copyLink: 'Copy the link',
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the text and copy it yourself.',
  share: 'Share the link',
  shareTitle: 'My Olé priorities',
  linkLabel: 'Link to send',
  linkHelp:
    'The code is after the “#”: browsers never send that part to any server, so it stays between your two devices.',
  qrLabel: 'QR code of the link, to scan with the other party’s phone',
  theirCode: 'The other party’s code',
  theirCodeHelp:
    'Type or paste the code or the link they sent you. Capital or small letters, spaces and dashes do not matter.',
  compare: 'Compare',
  nothingChanged: 'Nothing was saved.',
  quoted: (text: string) => `“${text}”`,
  typoIn: (groups: string, count: number, typed: string) =>
    plural('en', count, {
      one: `Group ${groups} (${typed}) has a typo: a character is wrong, or two are swapped. Check that group against the other party’s screen.`,
      other: `Groups ${groups} (${typed}) have a typo: a character is wrong, or two are swapped. Check those groups against the other party’s screen.`,
    }),
  lengthIn: (group: string, typed: string) =>
    `Group ${group} (${typed}) has a character too many or too few: each group has five.`,
  linkCleared: 'The code from the link has been taken out of the address bar, so it does not stay in your history.',
  theirKeptCode: 'Their code:',
  storedNote: 'Their code is kept with this case on this device, so the comparison is here when you come back.',
  storedBroken: 'The code kept with this case can no longer be read.',
  forget: 'Forget their answers',
  forgotten: 'Their answers are forgotten. Their code is no longer kept with this case.',
  replaceCode: 'Compare with another code',
  prioritiesTitle: 'Your priorities side by side',
  goalsTitle: 'What matters to each of you, and what stands in the way',
  agree: 'Where you agree',
  close: 'One step apart',
  differ: 'Where you differ',
  onlyOne: 'Answered by only one of you',
  factsTitle: 'The facts as each of you gave them',
  nothingInCommon: 'You have not answered any of the same questions yet.',
  colWhat: 'Question',
  colYou: 'You',
  colThem: 'The other party',
  notAnswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  rankingTitle: 'The processes that suit you both',
  howCombined: 'Ranked by the lower of your two scores, so an option must suit both of you.',
  jointOrder: 'Processes for both of you, best first',
  together: (score: string) => `Together: ${score}`,
  yourScore: (score: string, rank: string) => `You: score ${score}, ranked ${rank}`,
  theirScore: (score: string, rank: string) => `Them: score ${score}, ranked ${rank}`,
  limitedByYou: 'Your answers set the joint score.',
  limitedByThem: 'Their answers set the joint score.',
  limitedByBoth: 'The same score for both of you.',
  noShared: 'No process is open to both of you on these answers.',
  excludedTitle: 'Ruled out by one side’s answers',
  excludedLead:
    'A process that one side’s answers rule out cannot be chosen together, unless what stands in its way changes.',
  needsBoth: 'Needs both to agree',
  fromYours: 'From your answers:',
  fromTheirs: 'From their answers:',
  fromBoth: 'From both your answers:',
  bothExcluded: (count: string) => `Ruled out by both your answers (${count})`,
  safetyNote:
    'Your answer about safety counts in what you see here. It is not in your code, so the other party’s screen does not include it.',
  backToResults: 'Back to your results',
  linkTitle: 'Compare with the other party',
  linkLead:
    'Enter the code the other party sent you. It holds only the levels of their answers: no names and nothing they typed.',
  linkValid: 'Their code is valid.',
  whichCase: 'Which of your cases is this about?',
  compareWithCase: (title: string) => `Compare with “${title}”`,
  startNew: 'Start a new case with their code',
  startNewHelp:
    'Their code is kept with the new case. Once you have answered the questions, open “Choose the process together” from your results.',
  noCases: 'You have no cases on this device yet.',
  willTitle: 'How each of you sees the other',
  willLead:
    'The question “How willing is the other side to try to settle?” is about the other side, so your two answers are about two different people. They are shown as each side’s view of the other, never as agreeing or differing.',
  willYours: 'Your answer about them',
  willTheirs: 'Their answer about you',
  'both-doubt':
    'Each of you expects the other to be unwilling. Yet you have both answered and swapped codes, which is already a step towards talking: each of you may be more open than the other thinks. Saying what you would be willing to try is a good place to start.',
  'they-doubt-you':
    'They expect you to be unwilling, while you see them as open to settling. If you are willing to try, telling them so may change how they see the options.',
  'you-doubt-them':
    'You expect them to be unwilling, while they see you as open to settling. Their code does not say how willing they are themselves, but they did send it: ask them what they would be willing to try.',
  'both-open': 'Each of you sees the other as open to settling: a good start for choosing a process together.',
  'one-view': 'Only one of you answered this question, so there is only one view to read.',
  willRefusal:
    'Below, processes that need both of you to agree are ruled out because one of you expects the other to refuse. If you both say you are willing to try, they are open again.',
});

/** One message per way a code can be wrong (CodeError), so a typo is told apart from a code from a newer Olé. */
export const codeErrorMessages = defineMessages('codeError', {
  empty: 'Type or paste the other party’s code first.',
  'not-a-code': 'This is not an Olé code. A code has 25 letters and digits, in five groups of five.',
  'wrong-length': 'This code is too short or too long: a code has five groups of five letters and digits.',
  checksum:
    'This code has a typo: a character is wrong, missing or swapped. Check it against the other party’s screen.',
  'newer-version': 'This code comes from a newer version of Olé. Update Olé (reload it while online), then try again.',
  'unknown-version': 'This code’s format is not one Olé knows. Ask the other party to send a new code.',
  'bad-level': 'This code holds answers Olé does not recognise. Ask the other party to send it again.',
} satisfies Record<CodeError, string>);
