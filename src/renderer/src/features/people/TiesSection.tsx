import { useState } from 'react'
import { TIE_TYPES, type Person, type Tie } from '../../../../shared/domain'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { showToast } from '../../components/toast'
import { PersonPicker } from './PersonPicker'
import { errorMessage } from './useCoreQuery'

type TieType = (typeof TIE_TYPES)[number]
const STRENGTHS = [1, 2, 3, 4, 5] as const

async function run(action: () => Promise<unknown>, success?: string, undo = false) {
  try {
    await action()
    if (success) showToast({ message: success, undo })
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' })
  }
}

/** A person's ties: type and strength editable in place, remove (undoable), add a new one. */
export function TiesSection({
  person,
  ties,
  nameOf,
  onOpen,
}: {
  person: Person
  ties: readonly Tie[]
  nameOf: (id: string) => string
  onOpen: (id: string) => void
}) {
  const [adding, setAdding] = useState(false)
  const [other, setOther] = useState<string | null>(null)
  const [type, setType] = useState<TieType>('acquaintance')
  const [strength, setStrength] = useState(3)
  const live = ties.filter((t) => !t.deletedAt)
  const others = live.map((t) => (t.a === person.id ? t.b : t.a))
  const add = async () => {
    if (!other) return
    await run(
      () => call('ties.create', { a: person.id, b: other, type, strength }),
      `Tied ${person.name} and ${nameOf(other)}.`,
    )
    setAdding(false)
    setOther(null)
  }
  return (
    <section className="panel-section" aria-labelledby="ties-title">
      <h3 id="ties-title">Ties ({live.length})</h3>
      {live.length === 0 ? <p className="muted">No ties yet.</p> : null}
      <ul className="tie-list" data-testid="person-ties">
        {live.map((tie) => {
          const otherId = tie.a === person.id ? tie.b : tie.a
          const otherName = nameOf(otherId)
          return (
            <li key={tie.id} className="tie-row">
              <button type="button" className="link-button" onClick={() => onOpen(otherId)}>
                {otherName}
              </button>
              {tie.source === 'introduction' ? (
                <span className="badge">via introduction</span>
              ) : null}
              <select
                aria-label={`Tie type with ${otherName}`}
                value={tie.type}
                onChange={(e) =>
                  void run(() =>
                    call('ties.update', { id: tie.id, patch: { type: e.target.value as TieType } }),
                  )
                }
              >
                {TIE_TYPES.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
              <select
                aria-label={`Tie strength with ${otherName}`}
                value={tie.strength}
                onChange={(e) =>
                  void run(() =>
                    call('ties.update', {
                      id: tie.id,
                      patch: { strength: Number(e.target.value) },
                    }),
                  )
                }
              >
                {STRENGTHS.map((s) => (
                  <option key={s} value={s}>
                    {'●'.repeat(s)}
                    {'○'.repeat(5 - s)} {s}
                  </option>
                ))}
              </select>
              <Button
                size="small"
                variant="ghost"
                aria-label={`Remove tie with ${otherName}`}
                onClick={() =>
                  void run(
                    () => call('ties.remove', { id: tie.id }),
                    `Removed the tie with ${otherName}.`,
                    true,
                  )
                }
              >
                Remove
              </Button>
            </li>
          )
        })}
      </ul>
      {adding ? (
        <div className="tie-add">
          <PersonPicker
            label="Tie to"
            value={other}
            onChange={setOther}
            exclude={[person.id, ...others]}
            autoFocus
          />
          <label className="people-select">
            <span>Type</span>
            <select value={type} onChange={(e) => setType(e.target.value as TieType)}>
              {TIE_TYPES.map((t) => (
                <option key={t}>{t}</option>
              ))}
            </select>
          </label>
          <label className="people-select">
            <span>Strength</span>
            <select value={strength} onChange={(e) => setStrength(Number(e.target.value))}>
              {STRENGTHS.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <Button variant="primary" size="small" disabled={!other} onClick={() => void add()}>
            Add tie
          </Button>
          <Button size="small" variant="ghost" onClick={() => setAdding(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button size="small" onClick={() => setAdding(true)}>
          Add a tie
        </Button>
      )}
    </section>
  )
}
