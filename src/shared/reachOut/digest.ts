/**
 * The daily digest notification's words, as a pure function. Private by default: a notification
 * can show on a lock screen or a shared monitor, so it carries the count and one first name unless
 * the user turned on "show details", and nothing at all about the vault while it is locked.
 */

export interface DigestItem {
  kind: 'followUp' | 'date' | 'introduction' | 'cadence'
  names: readonly string[]
  label: string
  daysOverdue: number
}

export interface DigestInput {
  /** Items of Overdue and Today, most pressing first. */
  items: readonly DigestItem[]
  locked: boolean
  showDetails: boolean
}

export interface DigestContent {
  title: string
  body: string
  /** Where a click goes. */
  view: 'reachout'
}

const MAX_DETAILS = 3

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? ''
}

function reason(item: DigestItem): string {
  const late =
    item.daysOverdue > 0
      ? `, ${item.daysOverdue} ${item.daysOverdue === 1 ? 'day' : 'days'} overdue`
      : ''
  switch (item.kind) {
    case 'followUp':
      return `follow-up${late}`
    case 'date':
      return item.label.toLowerCase()
    case 'introduction':
      return 'introduction waiting for an answer'
    case 'cadence':
      return `going cold${late}`
  }
}

/** The notification for today, or null when there is nothing to say. */
export function digestContent(input: DigestInput): DigestContent | null {
  if (input.locked)
    return { title: 'Kith', body: 'Unlock Kith to see today’s reminders.', view: 'reachout' }
  const count = input.items.length
  if (count === 0) return null
  const title = `${count} ${count === 1 ? 'person' : 'people'} to reach out to today`
  const first = input.items[0]
  if (!input.showDetails) {
    const name = firstName(first?.names[0] ?? '')
    const body = name
      ? count === 1
        ? `${name}. Open Kith to see why.`
        : `${name} and ${count - 1} more. Open Kith to see why.`
      : 'Open Kith to see who.'
    return { title, body, view: 'reachout' }
  }
  const lines = input.items
    .slice(0, MAX_DETAILS)
    .map((item) => `${item.names.join(' & ') || 'Someone'}: ${reason(item)}`)
  if (count > MAX_DETAILS) lines.push(`and ${count - MAX_DETAILS} more`)
  return { title, body: lines.join('\n'), view: 'reachout' }
}

/** Milliseconds from `now` to the next local `HH:MM` (today's if still ahead, else tomorrow's). */
export function msUntilLocalTime(now: Date, time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const next = new Date(now.getTime())
  next.setHours(hours, minutes, 0, 0)
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1)
  return next.getTime() - now.getTime()
}
