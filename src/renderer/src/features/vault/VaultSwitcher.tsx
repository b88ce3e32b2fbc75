import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import { setVaultStatus } from '../../state/data'
import { CreateVaultForm } from './CreateVaultForm'
import { DemoButton } from './DemoButton'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'

// The core's name for the demo vault's file (src/core/session/vaultFiles.ts).
const DEMO_VAULT_NAME = 'demo'

/** The other vaults in the data folder (e.g. main and demo), one button each, and the demo. */
export function VaultSwitcher({ current }: { current: string }) {
  const [names, setNames] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    call('vault.list', {}).then(
      (list) => live && setNames(list.map((vault) => vault.name)),
      () => live && setNames([]),
    )
    return () => {
      live = false
    }
  }, [current])
  const others = names.filter((name) => name !== current)
  const hasDemo = names.includes(DEMO_VAULT_NAME)
  // Someone who tried the demo first still needs a way to start their own vault.
  const onlyDemo = names.length > 0 && names.every((name) => name === DEMO_VAULT_NAME)
  if (onlyDemo) return <CreateOwnVault />
  if (others.length === 0 && hasDemo) return null
  const switchTo = async (name: string) => {
    setError(null)
    try {
      const status = await call('vault.switch', { name })
      setVaultFlow({ lockReason: null, notice: null })
      setVaultStatus(status)
    } catch (caught) {
      setError(vaultErrorMessage(caught))
    }
  }
  return (
    <nav className="card card-quiet vault-switcher" aria-label="Other vaults">
      <h2>{others.length > 0 ? 'Other vaults' : 'Just looking?'}</h2>
      <ul>
        {others.map((name) => (
          <li key={name}>
            <button type="button" className="btn btn-small" onClick={() => void switchTo(name)}>
              Open “{name}”
            </button>
          </li>
        ))}
        {hasDemo ? null : (
          <li>
            <DemoButton />
          </li>
        )}
      </ul>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </nav>
  )
}

function CreateOwnVault() {
  const [open, setOpen] = useState(false)
  if (open) return <CreateVaultForm />
  return (
    <section className="card card-quiet vault-switcher" aria-labelledby="own-vault-title">
      <h2 id="own-vault-title">Ready for your own network?</h2>
      <p>Your own vault is kept apart from the demo, under your own passphrase.</p>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Create your own vault…
      </button>
    </section>
  )
}
