import { useId, useState } from 'react'
import { Button } from '../../components/Button'
import { addDaysTo } from './reachOutText'

/** Snooze for a day, a week, or until a chosen date. */
export function SnoozeMenu({
  today,
  label,
  busy,
  onSnooze,
}: {
  today: string
  label: string
  busy: boolean
  onSnooze: (until: string) => void
}) {
  const [open, setOpen] = useState(false)
  const [custom, setCustom] = useState(addDaysTo(today, 3))
  const id = useId()
  const pick = (until: string) => {
    setOpen(false)
    onSnooze(until)
  }
  return (
    <span className="snooze-menu">
      <Button
        size="small"
        busy={busy}
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Snooze ${label}`}
        onClick={() => setOpen((v) => !v)}
      >
        Snooze
      </Button>
      {open ? (
        <span className="snooze-options" id={id} role="group" aria-label={`Snooze ${label}`}>
          <Button size="small" onClick={() => pick(addDaysTo(today, 1))}>
            1 day
          </Button>
          <Button size="small" onClick={() => pick(addDaysTo(today, 7))}>
            1 week
          </Button>
          <input
            type="date"
            aria-label="Snooze until"
            min={addDaysTo(today, 1)}
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
          />
          <Button size="small" disabled={!custom || custom <= today} onClick={() => pick(custom)}>
            Until then
          </Button>
        </span>
      ) : null}
    </span>
  )
}
