import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { setVaultStatus } from '../../state/data'
import { VaultScreen } from './VaultScreen'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'

/** The demo vault's known passphrase, shown before opening it with that passphrase. */
export function DemoPassphraseScreen({ demo }: { demo: { passphrase: string; people: number } }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const open = async () => {
    setBusy(true)
    try {
      const status = await call('vault.unlock', { passphrase: demo.passphrase })
      setVaultFlow({ demo: null })
      setVaultStatus(status)
    } catch (caught) {
      setError(vaultErrorMessage(caught))
      setBusy(false)
    }
  }
  return (
    <VaultScreen label="Demo vault">
      <section className="card" aria-labelledby="demo-ready-title">
        <h1 id="demo-ready-title">Your demo vault is ready</h1>
        <p>
          It holds {demo.people} made-up people. Like every Kith vault it is encrypted; its
          passphrase is public so anyone can try it:
        </p>
        <p className="demo-passphrase mono" data-testid="demo-passphrase">
          {demo.passphrase}
        </p>
        <p className="field-hint">
          Switch between the demo and your own vault from the unlock screen. Nothing you do in the
          demo touches your own vault.
        </p>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <Button variant="primary" autoFocus busy={busy} onClick={() => void open()}>
          Open the demo vault
        </Button>
      </section>
    </VaultScreen>
  )
}
