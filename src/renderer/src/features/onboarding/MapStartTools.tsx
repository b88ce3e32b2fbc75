import { useVaultStatus } from '../../state/data'
import { useIoUi } from '../io/ioUi'

/** The map toolbar's way in: import a file. */
export function MapStartTools() {
  const openImport = useIoUi((s) => s.openImport)
  const readOnly = useVaultStatus()?.readOnly ?? false
  return (
    <div className="map-tool-group" role="group" aria-label="Bring people in">
      <button
        type="button"
        className="btn btn-small"
        onClick={openImport}
        disabled={readOnly}
        data-testid="map-import"
      >
        Import…
      </button>
    </div>
  )
}
