/** The browser's IANA time zone: "today" and "this week" are the user's, not UTC's. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
