import { useLayoutEffect, useRef, useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { relativeDays } from './peopleQuery'
import { rowWindow, scrollToReveal } from './virtualWindow'

export const ROW_HEIGHT = 44

export interface PeopleListProps {
  people: readonly Person[]
  /** Ids checked for bulk actions (merge). */
  checked: ReadonlySet<string>
  onToggle: (id: string) => void
  onOpen: (id: string) => void
  openId: string | null
  now: Date
}

/**
 * A windowed listbox: only the rows in view are in the DOM, so 10k people scroll smoothly. One tab
 * stop; arrows move the highlight (aria-activedescendant), Enter opens, Space checks for merge.
 */
export function PeopleList({ people, checked, onToggle, onOpen, openId, now }: PeopleListProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const [activeRaw, setActive] = useState(0)
  // The list may shrink under the highlight (a filter, a merge): clamp rather than reset.
  const active = Math.min(activeRaw, Math.max(0, people.length - 1))

  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    setHeight(element.clientHeight)
    const observer = new ResizeObserver(() => setHeight(element.clientHeight))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const window_ = rowWindow({
    count: people.length,
    rowHeight: ROW_HEIGHT,
    scrollTop,
    viewportHeight: height,
  })
  const rows = people.slice(window_.start, window_.end)
  const activePerson = people[active]

  const moveTo = (index: number) => {
    const clamped = Math.min(Math.max(0, index), people.length - 1)
    setActive(clamped)
    const element = ref.current
    if (!element) return
    const next = scrollToReveal(clamped, ROW_HEIGHT, element.scrollTop, element.clientHeight)
    if (next !== null) element.scrollTop = next
  }

  return (
    <div
      ref={ref}
      className="people-list"
      role="listbox"
      aria-label="People"
      aria-multiselectable="true"
      tabIndex={0}
      aria-activedescendant={activePerson ? `person-row-${activePerson.id}` : undefined}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={(event) => {
        const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1)
        const moves: Record<string, number> = {
          ArrowDown: active + 1,
          ArrowUp: active - 1,
          PageDown: active + page,
          PageUp: active - page,
          Home: 0,
          End: people.length - 1,
        }
        const target = moves[event.key]
        if (target !== undefined) {
          event.preventDefault()
          moveTo(target)
        } else if (event.key === 'Enter' && activePerson) {
          event.preventDefault()
          onOpen(activePerson.id)
        } else if (event.key === ' ' && activePerson) {
          event.preventDefault()
          onToggle(activePerson.id)
        }
      }}
      data-testid="people-list"
    >
      {/* React applies `style` through the CSSOM, which the CSP allows (no style attributes parsed). */}
      <div className="people-list-spacer" style={{ height: window_.totalHeight }}>
        <div
          className="people-list-rows"
          style={{ transform: `translateY(${window_.offsetTop}px)` }}
        >
          {rows.map((person, i) => {
            const index = window_.start + i
            const isChecked = checked.has(person.id)
            const classes = ['people-row']
            if (index === active) classes.push('active')
            if (openId === person.id) classes.push('open')
            return (
              <div
                key={person.id}
                id={`person-row-${person.id}`}
                role="option"
                aria-selected={isChecked}
                aria-setsize={people.length}
                aria-posinset={index + 1}
                className={classes.join(' ')}
                onClick={() => {
                  setActive(index)
                  onOpen(person.id)
                }}
              >
                <input
                  type="checkbox"
                  tabIndex={-1}
                  // The option's aria-selected already says it; Space toggles it from the keyboard.
                  aria-hidden="true"
                  aria-label={`Select ${person.name}`}
                  checked={isChecked}
                  onClick={(event) => event.stopPropagation()}
                  onChange={() => onToggle(person.id)}
                />
                <span className="people-row-name">{person.name}</span>
                <span className="people-row-org muted">
                  {[person.title, person.organization].filter(Boolean).join(' · ')}
                </span>
                <span className="people-row-contact muted">
                  {relativeDays(person.lastContactAt, now)}
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
