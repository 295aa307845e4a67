// Two sides to compare, each a scenario and an optional flipped answer, as codes in a URL fragment: "#a=id&af=q.x:1&b=id&bf=…".
import type { Questionnaire } from '../questions.ts';
import { flipFragment, parseFlip, type Flip } from './flip.ts';

export type CompareSide = { readonly scenarioId: string; readonly flip?: Flip };
export type CompareState = { readonly a?: CompareSide; readonly b?: CompareSide };
export type SideKey = 'a' | 'b';

function params(fragment: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of fragment.replace(/^#/, '').split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0 && !out.has(part.slice(0, eq))) out.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return out;
}

/** Only known scenario ids and valid flips survive; anything else in the fragment is ignored. */
export function parseCompare(
  fragment: string,
  scenarioIds: readonly string[],
  questionnaire: Questionnaire,
): CompareState {
  const values = params(fragment);
  const side = (key: SideKey): CompareSide | undefined => {
    const id = values.get(key);
    if (id === undefined || !scenarioIds.includes(id)) return undefined;
    const flipCode = values.get(`${key}f`);
    const flip = flipCode === undefined ? undefined : parseFlip(`flip=${flipCode}`, questionnaire);
    return flip ? { scenarioId: id, flip } : { scenarioId: id };
  };
  const a = side('a');
  const b = side('b');
  return { ...(a && { a }), ...(b && { b }) };
}

export function compareFragment(state: CompareState): string {
  const parts: string[] = [];
  for (const key of ['a', 'b'] as const) {
    const side = state[key];
    if (!side) continue;
    parts.push(`${key}=${side.scenarioId}`);
    if (side.flip) parts.push(`${key}f=${flipFragment(side.flip).slice('#flip='.length)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}
