// "How willing is the other side to settle?" is each side's view of the other: two answers about two different people.
import type { FactorProfile, Level } from '../factors.ts';

/** The one shared factor that describes the other side, not the side answering. */
export const VIEW_OF_OTHER = 'ctx.other-party-willing';

/**
 * What the two views say together, as a mediator would read them: "doubt" is refusing or reluctant, "open" is
 * open or keen. Both saying "they refuse" is mutual doubt, never agreement.
 */
export type WillingnessReading = 'both-doubt' | 'they-doubt-you' | 'you-doubt-them' | 'both-open' | 'one-view';

export type Willingness = {
  /** My answer: how willing I think they are. */
  readonly youSeeThem: Level | undefined;
  /** Their answer: how willing they think I am. */
  readonly theySeeYou: Level | undefined;
  readonly reading: WillingnessReading;
  /** A refusal seen by either side closes, on that side's screen, every process that needs consent now. */
  readonly seenAsRefusing: boolean;
};

const doubts = (level: Level) => level <= 1;

/** Undefined when neither side answered; swapping the sides swaps the two views and the two one-sided readings. */
export function compareWillingness(mine: FactorProfile, theirs: FactorProfile): Willingness | undefined {
  const youSeeThem = mine[VIEW_OF_OTHER];
  const theySeeYou = theirs[VIEW_OF_OTHER];
  if (youSeeThem === undefined && theySeeYou === undefined) return undefined;
  const reading: WillingnessReading =
    youSeeThem === undefined || theySeeYou === undefined
      ? 'one-view'
      : doubts(youSeeThem) && doubts(theySeeYou)
        ? 'both-doubt'
        : doubts(theySeeYou)
          ? 'they-doubt-you'
          : doubts(youSeeThem)
            ? 'you-doubt-them'
            : 'both-open';
  return { youSeeThem, theySeeYou, reading, seenAsRefusing: youSeeThem === 0 || theySeeYou === 0 };
}
