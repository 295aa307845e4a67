import { plural } from '../../i18n/plural.ts';
import { defineMessages } from '../../i18n/messages.ts';

export const reportMessages = defineMessages('report', {
  summary: 'Summary',
  dispute: 'The dispute',
  bestFits: 'The options that fit best, and why',
  scoreOf: (score: string) => `score ${score}`,
  ruledOut: 'Ruled out, and why',
  noneRuledOut: 'No option is ruled out by the answers given.',
  wouldChange: 'What would change the top result',
  robust: 'No single answer would change the top option.',
  settlement: 'Settlement range',
  nextSteps: 'Next steps',
  answers: 'The answers behind the ranking',
  question: 'Question',
  answer: 'Answer',
  notAnswered: 'Not answered',
  detail: 'Detail',
  allOptions: 'Every option and its reasons',
  notLegalAdvice:
    'Not legal advice. Olé shows how well each way of resolving a dispute fits the answers given: a score measures that fit, not the chance of winning, and Olé does not predict the outcome. A lawyer qualified where the dispute would be decided can say what applies.',
  asAnswered: 'Drawn from the answers of the person who prepared this report; “you” is that person.',
  rulesAndDate: (version: string, date: string) => `Rules version ${version}. Prepared on ${date}.`,
  stepLine: (step: string, owner: string, due: string) => `${step} (${owner}, ${due})`,
  nobody: 'no one named',
  noDate: 'no date',
  costSources: 'Sources of the cost and time figures',
  moreReasons: (n: number, points: string): string =>
    plural('en', n, {
      one: `and 1 smaller reason (${points})`,
      other: `and ${n} smaller reasons (${points} together)`,
    }),
  alsoAvailable: (list: string) => `Also available, with their scores: ${list}.`,
});
