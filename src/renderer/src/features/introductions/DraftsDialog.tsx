import { useState } from 'react'
import type { Introduction } from '../../../../shared/domain'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { showToast } from '../../components/toast'
import { useCoreQuery } from '../people/useCoreQuery'

/** The double opt-in messages for each side of an introduction, each with Copy. */
export function DraftsDialog({
  intro,
  nameOf,
  onClose,
}: {
  intro: Introduction | null
  nameOf: (id: string) => string
  onClose: () => void
}) {
  const { data, error } = useCoreQuery('introductions.drafts', intro ? { id: intro.id } : null)
  const [copied, setCopied] = useState<string | null>(null)
  if (!intro) return null
  const copy = async (who: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(who)
      showToast({ message: `Copied the message for ${who}.` })
    } catch {
      showToast({ message: 'Could not copy: select the text and copy it.', tone: 'error' })
    }
  }
  const sides = data
    ? [
        { who: nameOf(intro.a), text: data.forA },
        { who: nameOf(intro.b), text: data.forB },
      ]
    : []
  return (
    <Dialog
      open
      onClose={onClose}
      title="Double opt-in drafts"
      size="large"
      data-testid="drafts-dialog"
    >
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {!data && !error ? <p aria-busy="true">Writing drafts…</p> : null}
      <div className="drafts">
        {sides.map((side) => (
          <section key={side.who} className="draft" aria-label={`Message for ${side.who}`}>
            <h3 className="section-label">For {side.who}</h3>
            <textarea
              className="field-control"
              readOnly
              rows={8}
              value={side.text}
              aria-label={`Message for ${side.who}`}
            />
            <Button size="small" onClick={() => void copy(side.who, side.text)}>
              {copied === side.who ? 'Copied' : 'Copy'}
            </Button>
          </section>
        ))}
      </div>
    </Dialog>
  )
}
