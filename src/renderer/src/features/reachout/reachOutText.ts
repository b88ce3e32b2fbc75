import type { ReachOutItemView } from '../../../../shared/ipc'

/** Plain-date arithmetic on `YYYY-MM-DD`, the user's calendar dates (no zone involved). */
export function addDaysTo(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`
}

/** "Sat 5 Dec" in the user's locale, for a plain date. */
export function shortDate(date: string, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(y !== new Date().getUTCFullYear() ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)))
}

/** What an item is and why it is here, in a few words. */
export function describeItem(item: ReachOutItemView): { kind: string; detail: string } {
  switch (item.kind) {
    case 'followUp':
      return { kind: 'Follow-up', detail: item.label }
    case 'date':
      return {
        kind: item.label,
        detail: item.turns !== undefined ? `turns ${item.turns}` : '',
      }
    case 'introduction':
      return {
        kind: 'Introduction',
        detail: `asked ${days(item.waitingDays ?? 0)} ago, no answer yet`,
      }
    case 'cadence':
      return { kind: 'Going cold', detail: item.label.toLowerCase() }
  }
}

/** When, relative to today: "3 days overdue", "today", "Sat 5 Dec". */
export function whenText(item: ReachOutItemView): string {
  if (item.daysOverdue > 0) return `${days(item.daysOverdue)} overdue`
  if (item.daysOverdue === 0) return 'today'
  if (item.daysOverdue === -1) return 'tomorrow'
  return shortDate(item.dueOn)
}

/** Names joined for the row: "Ana Silva", "Ana Silva and Bo Chen". */
export function namesText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'No one named'
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
