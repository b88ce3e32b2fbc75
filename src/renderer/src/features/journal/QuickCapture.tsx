import { useUi } from '../../state/ui'
import { CaptureDialog } from './CaptureDialog'
import '../people/people.css'
import './journal.css'

/** The journal's quick capture, mounted once by the workspace and shown while `captureOpen`. */
export function QuickCapture() {
  const open = useUi((s) => s.captureOpen)
  return open ? <CaptureDialog /> : null
}
