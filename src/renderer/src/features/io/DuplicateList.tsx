import type { ImportPreviewView } from '../../../../shared/ipc'
import { formatNumber } from '../../format'

const REASONS: Record<string, string> = {
  id: 'same Kith id',
  externalId: 'same contact id',
  email: 'same e-mail',
  phone: 'same phone',
  profileUrl: 'same profile URL',
  'name+organization': 'same name and organization',
  name: 'same name',
}

/** People of the file that will update someone already in the vault instead of being added. */
export function DuplicateList({ preview }: { preview: ImportPreviewView }) {
  if (preview.duplicates.length === 0) return null
  return (
    <section className="io-section" aria-labelledby="io-duplicates-title">
      <h3 id="io-duplicates-title" className="io-section-title">
        Already in your vault ({formatNumber(preview.counts.matched)})
      </h3>
      <p className="io-hint">
        These are merged into the existing person: what the file adds is kept, nothing you wrote is
        overwritten.
      </p>
      <table className="io-table">
        <thead>
          <tr>
            <th scope="col">In the file</th>
            <th scope="col">Matches</th>
            <th scope="col">Because of</th>
          </tr>
        </thead>
        <tbody>
          {preview.duplicates.map((d, index) => (
            <tr key={`${d.personId}-${index}`}>
              <td>{d.name}</td>
              <td>{d.existingName}</td>
              <td>{REASONS[d.reason] ?? d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
