import { useId, useState } from 'react'
import type { ImportPreviewView } from '../../../../shared/ipc'
import type { StageChoices } from './useImportWizard'

type OwnerMode = ImportPreviewView['owner']['mode']

/** Graph files: how the owner joins the imported network (linked to all, or one of its nodes). */
export function OwnerChoice({
  preview,
  nodes,
  busy,
  onChange,
}: {
  preview: ImportPreviewView
  nodes: { id: string; name: string }[]
  busy: boolean
  onChange: (choice: Pick<StageChoices, 'linkOwner' | 'ownerNodeId'>) => void
}) {
  const name = useId()
  const selectId = useId()
  // The choice shows at once; the preview that reflects it follows when re-staging answers.
  const [picked, setPicked] = useState<{ mode: OwnerMode; stagingId: string } | null>(null)
  const mode = picked && picked.stagingId === preview.stagingId ? picked.mode : preview.owner.mode
  const firstNode = nodes[0]?.id
  const choose = (choice: Pick<StageChoices, 'linkOwner' | 'ownerNodeId'>) => {
    const next: OwnerMode = choice.ownerNodeId ? 'node' : choice.linkOwner ? 'linkAll' : 'none'
    setPicked({ mode: next, stagingId: preview.stagingId })
    onChange(choice)
  }
  return (
    // Not disabled while re-staging: disabling the focused radio would drop focus to the page.
    <fieldset className="io-section io-owner" aria-busy={busy || undefined}>
      <legend className="io-section-title">Where are you in this network?</legend>
      <label className="choice">
        <input type="radio" name={name} checked={mode === 'none'} onChange={() => choose({})} />
        Not in it: import the network as it is
      </label>
      <label className="choice">
        <input
          type="radio"
          name={name}
          checked={mode === 'linkAll'}
          onChange={() => choose({ linkOwner: true })}
        />
        Link every person to me
      </label>
      <label className="choice">
        <input
          type="radio"
          name={name}
          checked={mode === 'node'}
          disabled={!firstNode}
          onChange={() => firstNode && choose({ ownerNodeId: firstNode })}
        />
        I am one of its nodes
      </label>
      {mode === 'node' ? (
        <div className="field io-owner-node">
          <label htmlFor={selectId} className="field-label">
            The node that is me
          </label>
          <select
            id={selectId}
            className="field-control"
            value={preview.owner.nodeId ?? ''}
            onChange={(event) => choose({ ownerNodeId: event.currentTarget.value })}
          >
            {nodes.map((node) => (
              <option key={node.id} value={node.id}>
                {node.name} ({node.id})
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  )
}
