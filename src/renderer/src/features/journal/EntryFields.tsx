import { ENTRY_TYPES } from '../../../../shared/domain'
import type { EntryType } from './captureRequest'

export interface EntryFieldsProps {
  when: string
  onWhen: (value: string) => void
  type: EntryType
  onType: (value: EntryType) => void
  followUpOn: string
  onFollowUpOn: (value: string) => void
}

/** When, what kind, and follow-up date: the row shared by logging and editing an entry. */
export function EntryFields({
  when,
  onWhen,
  type,
  onType,
  followUpOn,
  onFollowUpOn,
}: EntryFieldsProps) {
  return (
    <div className="capture-row">
      <label className="people-select">
        <span>When</span>
        <input
          type="datetime-local"
          className="field-control"
          value={when}
          onChange={(e) => onWhen(e.target.value)}
        />
      </label>
      <label className="people-select">
        <span>Type</span>
        <select value={type} onChange={(e) => onType(e.target.value as EntryType)}>
          {ENTRY_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label className="people-select">
        <span>Follow up on</span>
        <input
          type="date"
          className="field-control"
          value={followUpOn}
          onChange={(e) => onFollowUpOn(e.target.value)}
        />
      </label>
    </div>
  )
}
