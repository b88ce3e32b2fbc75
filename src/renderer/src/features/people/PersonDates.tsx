import { useState, type FormEvent } from 'react'
import type { NamedDate, Person } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { formatPartialDate, monthNames, partialFromParts } from './personDates'
import { updatePerson } from './usePersonUpdate'
import './personDates.css'

const BIRTHDAY = 'Birthday'

/** Birthday (with or without a year) and named dates, each removable; a small form adds one. */
export function PersonDates({ person }: { person: Person }) {
  const dates: NamedDate[] = person.dates ?? []
  const [label, setLabel] = useState(person.birthday ? '' : BIRTHDAY)
  const [month, setMonth] = useState('1')
  const [day, setDay] = useState('')
  const [year, setYear] = useState('')
  const [error, setError] = useState<string | null>(null)
  const months = monthNames()

  const add = (event: FormEvent) => {
    event.preventDefault()
    const name = label.trim()
    const date = partialFromParts(year, month, day)
    if (!name) return setError('Name the date, e.g. "Work anniversary".')
    if (!date) return setError('That day does not exist.')
    setError(null)
    if (name.toLowerCase() === BIRTHDAY.toLowerCase())
      void updatePerson(person.id, { birthday: date })
    else void updatePerson(person.id, { dates: [...dates, { label: name, date }] })
    setLabel('')
    setDay('')
    setYear('')
  }

  return (
    <section className="panel-section" aria-labelledby="dates-title" data-testid="person-dates">
      <h3 id="dates-title">Dates</h3>
      {person.birthday || dates.length > 0 ? (
        <ul className="person-dates">
          {person.birthday ? (
            <li>
              <span className="person-date-label">{BIRTHDAY}</span>
              <span>{formatPartialDate(person.birthday)}</span>
            </li>
          ) : null}
          {dates.map((d, index) => (
            <li key={`${d.label}-${d.date}-${index}`}>
              <span className="person-date-label">{d.label}</span>
              <span>{formatPartialDate(d.date)}</span>
              <Button
                size="small"
                variant="ghost"
                aria-label={`Remove ${d.label}`}
                onClick={() =>
                  void updatePerson(person.id, { dates: dates.filter((_, k) => k !== index) })
                }
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No birthday or other dates yet.</p>
      )}
      <form className="person-date-form" onSubmit={add} aria-label="Add a date">
        <input
          aria-label="Date name"
          placeholder={person.birthday ? 'Work anniversary' : BIRTHDAY}
          list="person-date-names"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <datalist id="person-date-names">
          <option value={BIRTHDAY} />
          <option value="Anniversary" />
          <option value="Work anniversary" />
          <option value="Kids' birthdays" />
        </datalist>
        <input
          aria-label="Day"
          inputMode="numeric"
          placeholder="Day"
          className="person-date-day"
          value={day}
          onChange={(e) => setDay(e.target.value)}
        />
        <select aria-label="Month" value={month} onChange={(e) => setMonth(e.target.value)}>
          {months.map((name, k) => (
            <option key={name} value={String(k + 1)}>
              {name}
            </option>
          ))}
        </select>
        <input
          aria-label="Year (optional)"
          inputMode="numeric"
          placeholder="Year"
          className="person-date-year"
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
        <Button size="small" type="submit">
          {label.trim().toLowerCase() === 'birthday' && person.birthday ? 'Change' : 'Add'}
        </Button>
      </form>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  )
}
