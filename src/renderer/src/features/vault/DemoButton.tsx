import { useState } from 'react'
import { call } from '../../api/client'
import { Button } from '../../components/Button'
import { vaultErrorMessage } from './vaultErrors'
import { setVaultFlow } from './vaultFlow'

/** Creates (or reopens) the demo vault; the demo passphrase screen takes over on success. */
export function DemoButton({ small = true }: { small?: boolean }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = async () => {
    setBusy(true)
    setError(null)
    try {
      const demo = await call('vault.createDemo', {})
      setVaultFlow({ demo, lockReason: null, notice: null })
    } catch (caught) {
      setError(vaultErrorMessage(caught))
      setBusy(false)
    }
  }
  return (
    <>
      <Button
        size={small ? 'small' : 'normal'}
        onClick={() => void start()}
        busy={busy}
        data-testid="try-demo"
      >
        {busy ? 'Building the demo network…' : 'Try the demo vault'}
      </Button>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
