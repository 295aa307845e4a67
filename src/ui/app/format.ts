/** Dates as a person reads them, in the browser's language. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function defaultCaseTitle(now = new Date()): string {
  return `Case of ${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(now)}`;
}

export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(iso));
}
