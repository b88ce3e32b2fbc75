import { Button } from '../../components/Button'
import { useVaultStatus } from '../../state/data'
import { openNewPerson } from '../../state/ui'
import { useIoUi } from '../io/ioUi'
import { DemoButton } from '../vault/DemoButton'
import './onboarding.css'

/**
 * What an empty vault (only its owner) shows in the map and the people view: the three ways to
 * begin. Dropping a file anywhere on the window works as well (see `useFileDrop`).
 */
export function GettingStarted({ where }: { where: 'map' | 'people' }) {
  const openImport = useIoUi((s) => s.openImport)
  const readOnly = useVaultStatus()?.readOnly ?? false
  const titleId = `getting-started-${where}`
  return (
    <section className="getting-started" aria-labelledby={titleId} data-testid="getting-started">
      <h2 id={titleId}>Start your map</h2>
      <p className="getting-started-lead">
        {where === 'map'
          ? 'Your map is empty: only you are in it. '
          : 'Nobody is in your vault yet but you. '}
        Bring in the people you know and Kith draws the circles of your life from what their records
        share.
      </p>
      <ol className="getting-started-ways">
        <li className="getting-started-way">
          <h3>Import a file</h3>
          <p>
            Contacts from your phone (vCard), LinkedIn, Google or Outlook, or a network from Gephi
            or Cytoscape. You see a preview before anything is written.
          </p>
          <div className="getting-started-action">
            <Button
              variant="primary"
              onClick={openImport}
              disabled={readOnly}
              data-testid="start-import"
            >
              Import a file…
            </Button>
            <p className="getting-started-hint muted">or drop it anywhere on this window</p>
          </div>
        </li>
        <li className="getting-started-way">
          <h3>Add people</h3>
          <p>Type in the people you know, one at a time, with what they offer and seek.</p>
          <div className="getting-started-action">
            <Button onClick={openNewPerson} disabled={readOnly} data-testid="start-add-person">
              Add a person…
            </Button>
            <p className="getting-started-hint muted">
              or press <kbd>N</kbd> anywhere
            </p>
          </div>
        </li>
        <li className="getting-started-way">
          <h3>Explore the demo</h3>
          <p>
            A made-up network of about 300 people, in a vault of its own: your vault stays as it is
            and locks while you look.
          </p>
          <div className="getting-started-action">
            <DemoButton small={false} />
            <p className="getting-started-hint muted">its passphrase is shown on screen</p>
          </div>
        </li>
      </ol>
    </section>
  )
}
