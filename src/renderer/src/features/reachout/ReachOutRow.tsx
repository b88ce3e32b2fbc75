import type { ReachOutItemView } from '../../../../shared/ipc'
import { Button } from '../../components/Button'
import { describeItem, namesText, whenText } from './reachOutText'
import { SnoozeMenu } from './SnoozeMenu'

/** One thing to do today: who, why, when, and Log, Snooze and Done. */
export function ReachOutRow({
  item,
  today,
  busy,
  onOpenPerson,
  onLog,
  onSnooze,
  onDone,
}: {
  item: ReachOutItemView
  today: string
  busy: boolean
  onOpenPerson: (id: string) => void
  onLog: (item: ReachOutItemView) => void
  onSnooze: (item: ReachOutItemView, until: string) => void
  onDone: (item: ReachOutItemView) => void
}) {
  const { kind, detail } = describeItem(item)
  const who = namesText(item.names)
  const strength = Math.round(item.strength)
  return (
    <li className={`reachout-row reachout-${item.kind}`} data-kind={item.kind}>
      <span className="reachout-who">
        {item.personIds.map((id, index) => (
          <span key={id}>
            {index > 0 ? <span className="muted"> & </span> : null}
            <button
              type="button"
              className="link-button reachout-name"
              onClick={() => onOpenPerson(id)}
            >
              {item.names[index]}
            </button>
          </span>
        ))}
        {item.personIds.length === 0 ? <span className="muted">{who}</span> : null}
      </span>
      <span className="reachout-what">
        <span className="reachout-kind">{kind}</span>
        {detail ? <span className="muted"> · {detail}</span> : null}
      </span>
      <span className={`badge${item.daysOverdue > 0 ? ' badge-warn' : ''}`}>{whenText(item)}</span>
      {/* Always the same slot, so rows line up whether or not the person is tied to the owner. */}
      <span
        className="muted strength"
        aria-label={strength > 1 ? `Tie strength ${strength} of 5` : undefined}
      >
        {strength > 1 ? '●'.repeat(strength) + '○'.repeat(Math.max(0, 5 - strength)) : null}
      </span>
      <span className="reachout-actions">
        <Button
          size="small"
          variant="primary"
          aria-label={`Log an interaction with ${who}`}
          disabled={item.personIds.length === 0}
          onClick={() => onLog(item)}
        >
          Log
        </Button>
        <SnoozeMenu
          today={today}
          label={who}
          busy={busy}
          onSnooze={(until) => onSnooze(item, until)}
        />
        <Button
          size="small"
          busy={busy}
          aria-label={`Done: ${kind}, ${who}`}
          onClick={() => onDone(item)}
        >
          Done
        </Button>
      </span>
    </li>
  )
}
