// The room's votes per workshop scenario, on the presenter's device only; each read back through a check of its shape.
import { parseRoomVotes, totalHands, type RoomVotes } from '../domain/workshop/room-votes.ts';
import type { OleDb } from './db.ts';
import type { StoredRoomVotes } from './schema.ts';

const isText = (v: unknown): v is string => typeof v === 'string';

/** A stored record as read: damaged counts are dropped, a record without a hand or its dates reads as none. */
function readRecord(stored: unknown): StoredRoomVotes | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { scenarioId, votes, startedAt, updatedAt } = stored as Record<string, unknown>;
  if (!isText(scenarioId) || !isText(startedAt) || !isText(updatedAt)) return undefined;
  const checked = parseRoomVotes(votes);
  return totalHands(checked) > 0 ? { scenarioId, votes: checked, startedAt, updatedAt } : undefined;
}

export async function getRoomVotes(db: OleDb, scenarioId: string): Promise<StoredRoomVotes | undefined> {
  return readRecord(await db.get('workshopVotes', scenarioId));
}

/** Every scenario's votes on this device, by scenario id. */
export async function allRoomVotes(db: OleDb): Promise<StoredRoomVotes[]> {
  return (await db.getAll('workshopVotes')).flatMap((r) => readRecord(r) ?? []);
}

/** Stores a scenario's votes as they are now; without a hand, its record goes. `startedAt` stays that of the first hand. */
export async function putRoomVotes(db: OleDb, scenarioId: string, votes: RoomVotes, now = new Date()): Promise<void> {
  const tx = db.transaction('workshopVotes', 'readwrite');
  if (totalHands(votes) === 0) {
    await Promise.all([tx.store.delete(scenarioId), tx.done]);
    return;
  }
  const was = readRecord(await tx.store.get(scenarioId));
  const at = now.toISOString();
  await Promise.all([tx.store.put({ scenarioId, votes, startedAt: was?.startedAt ?? at, updatedAt: at }), tx.done]);
}
