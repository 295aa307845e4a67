// A scenario's show of hands on the presenter's device: read from IndexedDB, stored again at every hand, kept across a
// reload until the trainer clears it. Where storage is refused, the votes still count, for as long as the page is open.
import { createSignal, on, createEffect } from 'solid-js';
import type { AnswerValue } from '../../domain/questions.ts';
import { addHands, handsFor, type RoomVotes } from '../../domain/workshop/room-votes.ts';
import type { OleDb } from '../../storage/db.ts';
import { getRoomVotes, putRoomVotes } from '../../storage/room-votes-store.ts';
import { useDb } from '../app/db.ts';

export type RoomVotesState = ReturnType<typeof createRoomVotes>;

export function createRoomVotes(scenarioId: () => string, open: () => Promise<OleDb> = useDb) {
  const [votes, setVotes] = createSignal<RoomVotes>({});
  /** False until the stored votes are read: a hand counted before then would be overwritten by them. */
  const [ready, setReady] = createSignal(false);
  /** False once storing failed: the votes on screen are this page's only. */
  const [stored, setStored] = createSignal(true);
  /** The hands added since the page opened, latest last, per question: Backspace takes them back in turn. */
  let added: { questionId: string; value: AnswerValue }[] = [];
  // Each write waits for the one before, so the last state is the one stored.
  let writing: Promise<unknown> = Promise.resolve();

  createEffect(
    on(scenarioId, (id) => {
      setReady(false);
      setVotes({});
      added = [];
      open()
        .then((db) => getRoomVotes(db, id))
        .then(
          (record) => {
            if (scenarioId() === id) setVotes(record?.votes ?? {});
          },
          () => setStored(false),
        )
        .finally(() => {
          if (scenarioId() === id) setReady(true);
        });
    }),
  );

  const save = (next: RoomVotes) => {
    const id = scenarioId();
    setVotes(next);
    writing = writing
      .then(() => open())
      .then((db) => putRoomVotes(db, id, next))
      .then(
        () => setStored(true),
        () => setStored(false),
      );
    return writing;
  };

  /** One hand more (`by` 1) or fewer (-1) for a choice. */
  const add = (questionId: string, value: AnswerValue, by = 1) => {
    if (!ready()) return;
    if (by < 0 && handsFor(votes(), questionId, value) === 0) return;
    if (by > 0) added.push({ questionId, value });
    else {
      const last = added.findLastIndex((a) => a.questionId === questionId && a.value === value);
      if (last >= 0) added.splice(last, 1);
    }
    void save(addHands(votes(), questionId, value, by));
  };

  /** Takes back the last hand added to a question since the page opened; the choice it was for, if any. */
  const undo = (questionId: string): AnswerValue | undefined => {
    const last = added.findLastIndex((a) => a.questionId === questionId);
    if (!ready() || last < 0) return undefined;
    const { value } = added.splice(last, 1)[0]!;
    void save(addHands(votes(), questionId, value, -1));
    return value;
  };

  const clear = () => {
    if (!ready()) return Promise.resolve();
    added = [];
    return save({});
  };

  /** Resolves once every write so far has been tried. */
  const settled = () => writing.then(() => undefined);

  return { votes, ready, stored, add, undo, clear, settled };
}
