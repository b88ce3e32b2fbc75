import { useRef, useState } from 'react'
import type { Cluster } from '../../../../shared/graph'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { renameClusterCommand } from './mapCommands'
import { formatCount } from '../../format'

/**
 * Cluster names over the canvas. React renders them when the clusters change; the map controller
 * moves them (by `data-cluster`) when the view pans or zooms, without re-rendering.
 */
export function ClusterLabels({
  clusters,
  colorSlot,
}: {
  clusters: readonly Cluster[]
  colorSlot: ReadonlyMap<string, number>
}) {
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <>
      {clusters.map((c) =>
        c.members.length < 3 && !c.named ? null : (
          <div key={c.id} className="map-cluster-label" data-cluster={c.id}>
            {editing === c.id ? (
              <RenameInput cluster={c} onDone={() => setEditing(null)} />
            ) : (
              <button
                type="button"
                className={`map-cluster-name slot-${colorSlot.get(c.id) ?? 'none'}`}
                title="Rename this cluster"
                aria-label={`Cluster ${c.label}, ${formatCount(c.members.length, 'person', 'people')}. Rename`}
                onClick={() => setEditing(c.id)}
              >
                {c.label}
              </button>
            )}
          </div>
        ),
      )}
    </>
  )
}

function RenameInput({ cluster, onDone }: { cluster: Cluster; onDone: () => void }) {
  const [value, setValue] = useState(cluster.label)
  // Enter commits and unmounts the input, which may blur it: commit once.
  const done = useRef(false)
  const commit = async () => {
    if (done.current) return
    done.current = true
    const name = value.trim()
    onDone()
    if (!name || name === cluster.label) return
    try {
      await renameClusterCommand(
        call,
        cluster.members,
        name,
        cluster.named ? cluster.label : null,
      ).run()
      showToast({ message: `Cluster renamed to ${name}`, undo: true })
    } catch (err) {
      showToast({ message: err instanceof Error ? err.message : String(err), tone: 'error' })
    }
  }
  return (
    <input
      className="map-cluster-input"
      aria-label={`New name for cluster ${cluster.label}`}
      value={value}
      autoFocus
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter') void commit()
        if (event.key === 'Escape') {
          event.stopPropagation()
          done.current = true
          onDone()
        }
      }}
    />
  )
}
