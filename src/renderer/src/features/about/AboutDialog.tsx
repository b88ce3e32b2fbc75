import { Dialog } from '../../components/Dialog'
import { AboutPanel } from './AboutPanel'

/** The About panel in a dialog, reachable from the vault screens before anything is unlocked. */
export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="About Kith" hideTitle size="medium">
      <AboutPanel />
    </Dialog>
  )
}
