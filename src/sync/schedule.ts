// When to look for a new feed: pure, so the rules can be tested without clocks or browsers.
export const CHECK_EVERY_HOURS = 6;

export function isCheckDue(lastCheckedAt: string | undefined, now: Date, everyHours = CHECK_EVERY_HOURS): boolean {
  if (!lastCheckedAt) return true;
  const last = Date.parse(lastCheckedAt);
  return Number.isNaN(last) || now.getTime() - last >= everyHours * 3_600_000 || last > now.getTime();
}
