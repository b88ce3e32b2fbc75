import { useId, useMemo, useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { searchPeople } from './searchPeople'

/** Search-as-you-type combobox: picking a person focuses and highlights them on the map. */
export function MapSearch({
  people,
  onPick,
}: {
  people: readonly Person[]
  onPick: (id: string) => void
}) {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [open, setOpen] = useState(false)
  const listId = useId()
  const results = useMemo(() => searchPeople(people, query), [people, query])
  const pick = (p: Person | undefined) => {
    if (!p) return
    onPick(p.id)
    setQuery(p.name)
    setOpen(false)
  }
  const expanded = open && results.length > 0
  return (
    <div className="map-search">
      <input
        type="search"
        role="combobox"
        aria-label="Find a person on the map"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        placeholder="Find a person…"
        value={query}
        data-testid="map-search"
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
          setOpen(true)
        }}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setActive((a) => Math.min(results.length - 1, a + 1))
          } else if (event.key === 'ArrowUp') {
            event.preventDefault()
            setActive((a) => Math.max(0, a - 1))
          } else if (event.key === 'Enter') {
            event.preventDefault()
            pick(results[active])
          } else if (event.key === 'Escape' && query) {
            event.stopPropagation()
            setQuery('')
          }
        }}
      />
      {expanded ? (
        <ul id={listId} role="listbox" className="map-search-results" aria-label="Matching people">
          {results.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(p)
              }}
            >
              {p.name}
              {p.organization ? <span className="muted"> · {p.organization}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
