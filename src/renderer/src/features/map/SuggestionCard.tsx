import type { Suggestion } from '../../../../shared/graph'
import { Button } from '../../components/Button'

export interface SuggestionCardProps {
  suggestion: Suggestion
  nameA: string
  nameB: string
  x: number
  y: number
  pinned: boolean
  onIntroduce: () => void
  onSnooze: () => void
  onDismiss: () => void
  onClose: () => void
  /** The pointer entered or left the card (a hovered card stays open while it is pointed at). */
  onPointer: (inside: boolean) => void
}

/** Who, why and what to do about one suggested introduction, next to its dashed edge. */
export function SuggestionCard(props: SuggestionCardProps) {
  const { suggestion, nameA, nameB } = props
  return (
    <div
      className="map-card"
      role="dialog"
      aria-label={`Suggested introduction: ${nameA} and ${nameB}`}
      data-testid="suggestion-card"
      ref={(el) => {
        // Positioned through the CSSOM (the CSP refuses inline style attributes), kept inside
        // the map: flipped above or to the left of the edge when it would overflow.
        if (!el) return
        const stage = el.parentElement?.getBoundingClientRect()
        const w = el.offsetWidth
        const h = el.offsetHeight
        let x = props.x
        let y = props.y
        if (stage && x + w > stage.width - 8) x = Math.max(8, x - w - 24)
        if (stage && y + h > stage.height - 8) y = Math.max(8, y - h - 24)
        el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`
      }}
      onMouseEnter={() => props.onPointer(true)}
      onMouseLeave={() => props.onPointer(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onClose()
      }}
    >
      <header className="map-card-header">
        <h3>
          {nameA} <span aria-hidden="true">↔</span>
          <span className="visually-hidden"> and </span> {nameB}
        </h3>
        {props.pinned ? (
          <button type="button" className="dialog-close" aria-label="Close" onClick={props.onClose}>
            ×
          </button>
        ) : null}
      </header>
      <p className="map-card-why">Why they should meet:</p>
      <ul className="map-reasons" data-testid="suggestion-reasons">
        {suggestion.reasons.map((r) => (
          <li key={r.code}>{r.text}</li>
        ))}
      </ul>
      <div className="map-card-actions">
        <Button variant="primary" size="small" onClick={props.onIntroduce}>
          Introduce…
        </Button>
        <Button size="small" onClick={props.onSnooze}>
          Snooze 30 days
        </Button>
        <Button size="small" variant="ghost" onClick={props.onDismiss}>
          Never suggest
        </Button>
      </div>
    </div>
  )
}
