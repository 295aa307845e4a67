// When to look for a new feed: pure, so the rules can be tested without clocks or browsers.
export const CHECK_EVERY_HOURS = 6;

/** What the last check left behind (the stored SyncStatus). */
export type LastCheck = { readonly lastCheckedAt: string; readonly ok: boolean; readonly attemptStartedAt?: string };

/** Due when never checked, when the last check failed or never finished (a closed tab, a stall), or when it is old. */
export function isCheckDue(last: LastCheck | undefined, now: Date, everyHours = CHECK_EVERY_HOURS): boolean {
  if (!last?.ok || last.attemptStartedAt !== undefined) return true;
  const at = Date.parse(last.lastCheckedAt);
  return Number.isNaN(at) || now.getTime() - at >= everyHours * 3_600_000 || at > now.getTime();
}
