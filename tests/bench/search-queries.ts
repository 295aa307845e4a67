// The fixed query set of the search bench: 100 queries, each aimed at one listed profile, so a run can tell
// "found nothing" from "did not find the person". A quarter each: surname, half-typed surname, one typo, two words;
// every other query also filters by one of the person's languages.
import { foldText } from '../../src/domain/matching/fold.ts';
import type { MediatorProfile } from '../../src/domain/registry/types.ts';

export type BenchQuery = {
  readonly text: string;
  readonly language?: string;
  readonly target: string;
  readonly kind: string;
};

const letters = (word: string) => foldText(word).replace(/[^a-z]/g, '');

/** One edit: drop, change or add a letter, in turn; the word stays four letters or more. */
function typo(word: string, i: number): string {
  const at = 1 + (i % Math.max(1, word.length - 2));
  const kind = i % 3;
  if (kind === 0 && word.length >= 5) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1 || word.length < 5) return word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1);
  return `${word.slice(0, at)}r${word.slice(at)}`;
}

export function makeQueries(listed: readonly MediatorProfile[]): BenchQuery[] {
  return Array.from({ length: 100 }, (_, i) => {
    const p = listed[(i * 7919) % listed.length]!;
    const words = p.name.split(' ');
    const surname = letters(words[words.length - 1]!);
    const kind = ['surname', 'half-typed', 'one typo', 'two words'][i % 4]!;
    const text =
      kind === 'surname'
        ? surname
        : kind === 'half-typed'
          ? surname.slice(0, Math.max(3, Math.ceil(surname.length * 0.6)))
          : kind === 'one typo'
            ? surname.length >= 4
              ? typo(surname, i)
              : surname
            : i % 8 === 3
              ? `${words[0]} ${surname.slice(0, 4)}` // a given name and the surname being typed
              : `${p.practiceAreas[0]!.split('-')[0]} ${p.locations[0]!.city ?? ''}`.trim(); // an area and a city
    return { text, target: p.id, kind, language: i % 2 === 0 ? p.languages[i % p.languages.length] : undefined };
  });
}
