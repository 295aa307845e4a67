// Which number fields hold an entry that was not saved (unreadable, unclear or out of range), by worksheet path.
import { createSignal, type Accessor } from 'solid-js';

export type Unsaved = {
  readonly paths: Accessor<ReadonlySet<string>>;
  readonly mark: (path: string, unsaved: boolean) => void;
};

export function createUnsaved(): Unsaved {
  const [paths, setPaths] = createSignal<ReadonlySet<string>>(new Set());
  const mark = (path: string, unsaved: boolean) => {
    if (paths().has(path) === unsaved) return;
    const next = new Set(paths());
    if (unsaved) next.add(path);
    else next.delete(path);
    setPaths(next);
  };
  return { paths, mark };
}
