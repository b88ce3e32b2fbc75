import { useState } from 'react'
import { CreateVaultForm } from './CreateVaultForm'
import { DemoCard } from './DemoCard'
import { RestoreDialog } from './RestoreDialog'
import { VaultScreen } from './VaultScreen'

/** The first thing a new user sees: what Kith is, then create a vault or try the demo. */
export function FirstRunScreen() {
  const [restoreOpen, setRestoreOpen] = useState(false)
  return (
    <VaultScreen label="Welcome" wide>
      <div className="welcome">
        <h1>Welcome to Kith</h1>
        <p className="lead">
          Kith keeps a private, encrypted map of the people you know and how they are connected, so
          you can keep in touch and spot the introductions worth making.
        </p>
      </div>
      <div className="first-run-grid">
        <CreateVaultForm />
        <div className="first-run-side">
          <DemoCard />
          <section className="card card-quiet" aria-labelledby="restore-title">
            <h2 id="restore-title">Have a backup?</h2>
            <p>Restore a vault from a Kith backup file.</p>
            <button type="button" className="btn" onClick={() => setRestoreOpen(true)}>
              Restore from a backup…
            </button>
          </section>
        </div>
      </div>
      <RestoreDialog open={restoreOpen} onClose={() => setRestoreOpen(false)} />
    </VaultScreen>
  )
}
