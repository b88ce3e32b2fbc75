import type { RecordStore } from '../../core/store/recordStore'
import { REACH_OUT_SECTIONS, reachOutFromStore, type ReachOutDayView } from '../../core/services'
import type { CliIo, Command, ParsedArgs } from '../command'
import { CliError, EXIT } from '../exitCodes'
import { stringOption, withServiceErrors } from '../resolvePerson'
import { vaultOption, withVault } from '../vaultAccess'

export const REACH_OUT_USAGE = 'kith reach-out --vault PATH [--tz ZONE] [--json]'

const TITLES = { overdue: 'Overdue', today: 'Today', thisWeek: 'This week', later: 'Later' }

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

type Item = ReachOutDayView['sections']['overdue'][number]

function line(item: Item): string {
  const who = item.names.join(' & ') || '(no one)'
  const when =
    item.daysOverdue > 0
      ? `${plural(item.daysOverdue, 'day')} overdue`
      : item.daysOverdue === 0
        ? 'today'
        : item.dueOn
  switch (item.kind) {
    case 'followUp':
      return `${who}  follow-up: ${item.label}  (${when})`
    case 'date':
      return `${who}  ${item.label}${item.turns !== undefined ? `, turns ${item.turns}` : ''}  (${item.dueOn}, ${when})`
    case 'introduction':
      return `${who}  introduction asked ${plural(item.waitingDays ?? 0, 'day')} ago, no answer  (${when})`
    case 'cadence':
      return `${who}  going cold: ${item.label.toLowerCase()}  (${when})`
  }
}

/**
 * The day's reach-out list in the same four sections as the app. `--json`: `{date, sections:
 * {overdue, today, thisWeek, later}}`, each item with key, kind, names, dueOn, daysOverdue...
 */
export function reachOutWith(store: RecordStore, args: ParsedArgs, io: CliIo): Promise<number> {
  return withServiceErrors(() => {
    const timeZone =
      stringOption(args, 'tz') ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')
    let view: ReachOutDayView
    try {
      view = reachOutFromStore(store, { clock: io.clock }, { timeZone })
    } catch (error) {
      if (error instanceof RangeError)
        throw new CliError(EXIT.usage, `unknown time zone "${timeZone}"\nusage: ${REACH_OUT_USAGE}`)
      throw error
    }
    if (args.values['json'] === true) {
      io.stdout(JSON.stringify(view, null, 2) + '\n')
      return Promise.resolve(EXIT.ok)
    }
    io.stdout(`Reach out, ${view.date}\n`)
    for (const section of REACH_OUT_SECTIONS) {
      const items = view.sections[section]
      io.stdout(`\n${TITLES[section]} (${items.length})\n`)
      if (items.length === 0) io.stdout('  nothing\n')
      for (const item of items) io.stdout(`  ${line(item)}\n`)
    }
    return Promise.resolve(EXIT.ok)
  })
}

export const reachOutCommands: Command[] = [
  {
    name: 'reach-out',
    summary: "The day's list: overdue, today, this week, later",
    usage: REACH_OUT_USAGE,
    options: { ...vaultOption, tz: { type: 'string' } },
    run: (args, io) => withVault(args, io, (vault) => reachOutWith(vault, args, io)),
  },
]
