// The flipped answer of the page, read from and written to the URL fragment ("#flip=q.relationship:0").
import { createMemo } from 'solid-js';
import { flipFragment, parseFlip, type Flip } from '../../domain/workshop/flip.ts';
import { localizedData } from '../app/localized-data.ts';
import { createFragment } from './create-fragment.ts';

export function createFragmentFlip(): [flip: () => Flip | undefined, setFlip: (next: Flip | undefined) => void] {
  const [fragment, setFragment] = createFragment();
  const flip = createMemo(() => parseFlip(fragment(), localizedData().questionnaire), undefined, {
    equals: (a, b) => a?.questionId === b?.questionId && a?.value === b?.value,
  });
  return [flip, (next) => setFragment(flipFragment(next))];
}
