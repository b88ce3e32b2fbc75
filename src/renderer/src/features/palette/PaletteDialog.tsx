import { useDeferredValue, useId, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { useCommands } from '../../state/commands'
import { useUi } from '../../state/ui'
import { moveActive, paletteItems, type PaletteItem } from './paletteModel'
import { useInitialFocus } from '../people/useInitialFocus'
import { usePaletteSearch } from './usePaletteSearch'
import './palette.css'

/** The palette box: a combobox over commands and search hits, Enter runs the highlighted one. */
export function PaletteDialog() {
  const close = useUi((s) => s.closePalette)
  const commands = useCommands()
  const inputRef = useInitialFocus<HTMLInputElement>()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const hits = usePaletteSearch(useDeferredValue(query))
  const items = paletteItems(query, commands, hits)
  const id = useId()
  const listId = `${id}-list`
  const index = Math.min(active, items.length - 1)
  const activeItem = items[index]

  const run = (item: PaletteItem) => {
    close()
    const state = useUi.getState()
    if (item.type === 'command') {
      void item.command.run()
    } else if (item.hit.kind === 'person') {
      state.openPerson(item.hit.id)
    } else if (item.hit.kind === 'entry') {
      state.setView('journal')
    } else {
      state.setView('introductions')
    }
  }

  const groups: { group: string; items: { item: PaletteItem; index: number }[] }[] = []
  items.forEach((item, i) => {
    const last = groups[groups.length - 1]
    if (last && last.group === item.group) last.items.push({ item, index: i })
    else groups.push({ group: item.group, items: [{ item, index: i }] })
  })

  return (
    <Dialog
      open
      onClose={close}
      title="Command palette"
      hideTitle
      size="medium"
      className="palette"
      data-testid="palette"
    >
      <input
        className="field-control palette-input"
        role="combobox"
        aria-label="Search people, entries, introductions and commands"
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeItem ? `${listId}-${index}` : undefined}
        placeholder="Search or type a command…"
        ref={inputRef}
        value={query}
        data-testid="palette-input"
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
            e.preventDefault()
            setActive(moveActive(e.key, index, items.length))
          } else if (e.key === 'Enter' && activeItem) {
            e.preventDefault()
            run(activeItem)
          }
        }}
      />
      <div id={listId} role="listbox" aria-label="Results" className="palette-list">
        {groups.map((g) => (
          <div
            key={`${g.group}-${g.items[0]?.index}`}
            role="group"
            aria-label={g.group}
            className="palette-group"
          >
            <div className="palette-group-title" aria-hidden="true">
              {g.group}
            </div>
            {g.items.map(({ item, index: i }) => (
              <div
                key={item.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === index}
                className={i === index ? 'palette-option active' : 'palette-option'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => run(item)}
                onMouseMove={() => i !== index && setActive(i)}
              >
                <span className="palette-label">{item.label}</span>
                {item.type === 'hit' && item.subtitle ? (
                  <span className="muted palette-sub">{item.subtitle}</span>
                ) : null}
                {item.type === 'command' && item.shortcut ? (
                  <kbd className="palette-kbd">{item.shortcut}</kbd>
                ) : null}
              </div>
            ))}
          </div>
        ))}
        {items.length === 0 ? (
          <p className="muted palette-empty">Nothing matches “{query}”.</p>
        ) : null}
      </div>
    </Dialog>
  )
}
