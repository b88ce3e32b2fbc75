import { useState, type FormEvent } from 'react'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { refreshStatus } from '../../state/data'
import { confirmsLastGroup, recoveryKeyGroups } from './recoveryKeyText'
import { VaultScreen } from './VaultScreen'
import { setVaultFlow } from './vaultFlow'

/**
 * The recovery key, shown once right after the vault is created. Going on requires typing the
 * key's last group, so "I saved it" means the user at least looked at the end of it.
 */
export function RecoveryKeyScreen({ recoveryKey }: { recoveryKey: string }) {
  const groups = recoveryKeyGroups(recoveryKey)
  const [copied, setCopied] = useState<string | null>(null)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string | null>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey)
      setCopied('Copied. Paste it into your password manager, then copy something else over it.')
    } catch {
      setCopied('Copying is not allowed here: select the key and copy it, or print it.')
    }
  }

  const finish = async (event: FormEvent) => {
    event.preventDefault()
    if (!confirmsLastGroup(typed, recoveryKey)) {
      setError("That isn't the key's last group. Look at the four characters after the last dash.")
      return
    }
    setVaultFlow({ recoveryKey: null })
    await refreshStatus()
  }

  return (
    <VaultScreen label="Recovery key">
      <section className="card printable" aria-labelledby="recovery-title">
        <h1 id="recovery-title">Save your recovery key</h1>
        <p>
          If you forget your passphrase, this key is the only way back into your vault. Kith shows
          it this once and cannot show it again. Print it or keep it in a password manager, away
          from this computer.
        </p>
        <p className="recovery-key mono" data-testid="recovery-key" aria-label="Recovery key">
          {groups.map((group, index) => (
            <span key={index} className="recovery-group">
              {group}
            </span>
          ))}
        </p>
        <p className="print-only">Kith recovery key · keep this page somewhere safe.</p>
        <div className="button-row no-print">
          <Button onClick={() => void copy()}>Copy</Button>
          <Button onClick={() => window.print()}>Print…</Button>
        </div>
        {copied ? (
          <p className="field-hint no-print" role="status">
            {copied}
          </p>
        ) : null}
      </section>
      <form className="card no-print" onSubmit={(event) => void finish(event)} noValidate>
        <h2>I saved it</h2>
        <Field
          label={`Type the last group of the key (group ${groups.length}) to confirm`}
          name="confirm-group"
          className="confirm-group"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value)
            setError(null)
          }}
          error={error}
          maxLength={9}
        />
        <Button
          type="submit"
          variant="primary"
          disabled={!confirmsLastGroup(typed, recoveryKey)}
          data-testid="recovery-saved"
        >
          I saved it: open my vault
        </Button>
      </form>
    </VaultScreen>
  )
}
