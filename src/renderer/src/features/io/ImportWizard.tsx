import type { ReactNode } from 'react'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import { commitBlocker, committingText, plural } from './importText'
import { ImportPickStep } from './ImportPickStep'
import { ImportPreviewStep } from './ImportPreviewStep'
import { ImportResultStep } from './ImportResultStep'
import { useIoUi } from './ioUi'
import { useImportWizard } from './useImportWizard'

/** The import dialog, open while `useIoUi().importOpen`; its state starts fresh each time. */
export function ImportWizard() {
  const open = useIoUi((s) => s.importOpen)
  const closeAll = useIoUi((s) => s.closeAll)
  if (!open) return null
  return <ImportWizardDialog onClose={closeAll} />
}

function ImportWizardDialog({ onClose }: { onClose: () => void }) {
  const wizard = useImportWizard()
  const { state, busy, error } = wizard
  const committing = state.step === 'committing'
  const blocker =
    state.step === 'preview' ? commitBlocker(state.preview, wizard.acceptProblems) : null
  const shown = state.step === 'preview' || committing ? state.preview : null
  const importLabel = !shown
    ? ''
    : shown.counts.otherRecords > 0
      ? plural(shown.counts.people + shown.counts.otherRecords, 'record')
      : plural(shown.counts.people, 'person', 'people')

  let footer: ReactNode
  if (state.step === 'pick') {
    footer = <Button onClick={onClose}>Cancel</Button>
  } else if (state.step === 'preview' || committing) {
    footer = (
      <>
        <Button onClick={wizard.restart} disabled={busy || committing}>
          Choose another file
        </Button>
        {committing ? (
          <Button onClick={() => void wizard.stop()}>Stop the import</Button>
        ) : (
          <Button onClick={onClose}>Cancel</Button>
        )}
        <Button
          variant="primary"
          busy={committing}
          disabled={busy || blocker !== null}
          onClick={() => void wizard.commit()}
          data-testid="import-commit"
        >
          Import {importLabel}
        </Button>
      </>
    )
  } else {
    footer = (
      <>
        {!state.undone ? (
          <Button
            variant="danger"
            busy={busy}
            onClick={() => void wizard.undo()}
            data-testid="import-undo"
          >
            Undo this import
          </Button>
        ) : null}
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      </>
    )
  }

  return (
    <Dialog
      open
      onClose={onClose}
      dismissable={!committing}
      size="large"
      className="io-dialog"
      title="Import contacts or a network"
      footer={footer}
      data-testid="import-wizard"
    >
      {state.step === 'pick' ? (
        <ImportPickStep
          busy={busy}
          onPick={(file, format) => void wizard.chooseFile(file, format)}
        />
      ) : null}
      {state.step === 'preview' || committing ? (
        <ImportPreviewStep
          preview={state.preview}
          choices={wizard.choices}
          graphNodes={wizard.graphNodes}
          busy={busy || committing}
          acceptProblems={wizard.acceptProblems}
          onAcceptProblems={wizard.setAcceptProblems}
          onRestage={(choices) => void wizard.stage(choices)}
        />
      ) : null}
      {state.step === 'done' ? (
        <ImportResultStep batch={state.batch} undone={state.undone} />
      ) : null}
      {committing ? (
        <p className="io-status" role="status">
          {committingText(state.preview)}
        </p>
      ) : null}
      {state.step === 'preview' && blocker && !busy ? (
        <p className="io-blocker">{blocker}</p>
      ) : null}
      {wizard.notice ? (
        <p className="notice" role="status">
          {wizard.notice}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  )
}
