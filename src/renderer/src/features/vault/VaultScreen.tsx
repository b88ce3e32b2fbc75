import { useState, type ReactNode } from 'react'
import { AboutDialog } from '../about/AboutDialog'
import './vault.css'

/** The frame of every screen shown before the workspace: brand, one card column, footer. */
export function VaultScreen({
  children,
  wide = false,
  label,
}: {
  children: ReactNode
  wide?: boolean
  /** Names the main region for screen readers. */
  label: string
}) {
  const [aboutOpen, setAboutOpen] = useState(false)
  return (
    <div className="vault-screen">
      <header className="vault-brand">
        <span className="vault-logo" aria-hidden="true">
          ◍
        </span>
        <span>Kith</span>
      </header>
      <main className={wide ? 'vault-column vault-column-wide' : 'vault-column'} aria-label={label}>
        {children}
      </main>
      <footer className="vault-footer">
        <span>Your data stays on this computer, encrypted.</span>
        <button type="button" className="link-button" onClick={() => setAboutOpen(true)}>
          About Kith
        </button>
      </footer>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </div>
  )
}
