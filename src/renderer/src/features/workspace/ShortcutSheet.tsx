import { Dialog } from '../../components/Dialog'
import { useUi } from '../../state/ui'
import { SHORTCUTS } from './shortcuts'

/** The `?` sheet: every global shortcut. Single keys work when focus is not in a text field. */
export function ShortcutSheet() {
  const open = useUi((state) => state.shortcutsOpen)
  const setOpen = useUi((state) => state.setShortcutsOpen)
  return (
    <Dialog
      open={open}
      onClose={() => setOpen(false)}
      title="Keyboard shortcuts"
      description="Single keys work whenever you are not typing in a field."
      size="medium"
      data-testid="shortcut-sheet"
    >
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.label + shortcut.keys.join()}>
              <td>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' + ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
