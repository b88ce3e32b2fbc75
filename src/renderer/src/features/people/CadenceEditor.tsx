import type { Person } from '../../../../shared/domain'
import { overdueDays } from './peopleQuery'
import { updatePerson } from './usePersonUpdate'

const CHOICES = [0, 7, 14, 30, 60, 90, 180, 365]

/** Keep-in-touch cadence and whether it is overdue. */
export function CadenceEditor({ person, now }: { person: Person; now: Date }) {
  const overdue = overdueDays(person, now)
  const choices =
    person.cadenceDays && !CHOICES.includes(person.cadenceDays)
      ? [...CHOICES, person.cadenceDays]
      : CHOICES
  return (
    <div className="cadence">
      <label className="people-select">
        <span>Keep in touch</span>
        <select
          value={person.cadenceDays ?? 0}
          onChange={(e) => {
            const days = Number(e.target.value)
            // No "unset" in a patch: the core treats an absent cadence as none; 0 is not allowed.
            if (days > 0) void updatePerson(person.id, { cadenceDays: days })
          }}
        >
          {choices.map((d) => (
            <option key={d} value={d} disabled={d === 0 && !!person.cadenceDays}>
              {d === 0 ? 'Not set' : `every ${d} days`}
            </option>
          ))}
        </select>
      </label>
      {overdue !== null ? (
        <span className="badge badge-warn" data-testid="person-overdue">
          Overdue by {overdue} {overdue === 1 ? 'day' : 'days'}
        </span>
      ) : person.cadenceDays ? (
        <span className="badge badge-ok">On track</span>
      ) : null}
    </div>
  )
}
