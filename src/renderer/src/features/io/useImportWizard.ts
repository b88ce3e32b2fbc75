import { useCallback, useEffect, useRef, useState } from 'react'
import type {
  ImportBatchView,
  ImportPreviewView,
  IoImportFormat,
  IoMappableField,
} from '../../../../shared/ipc'
import { call, KithApiError } from '../../api/client'
import { readFileAsBase64 } from '../vault/fileBase64'
import { useIoUi } from './ioUi'

/** The importer's own limit (IMPORT_LIMITS.maxFileBytes): checked before reading the file. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024

export interface StageChoices {
  format?: IoImportFormat
  mapping?: Record<string, IoMappableField>
  linkOwner?: boolean
  ownerNodeId?: string
}

interface PickedFile {
  name: string
  base64: string
}

export type WizardStep =
  | { step: 'pick' }
  | { step: 'preview'; preview: ImportPreviewView }
  | { step: 'committing'; preview: ImportPreviewView }
  | { step: 'done'; batch: ImportBatchView; undone: boolean }

export function errorText(error: unknown): string {
  if (error instanceof KithApiError) {
    if (error.code === 'LOCKED') return 'The vault is locked. Unlock it and try again.'
    return error.message
  }
  return error instanceof Error ? error.message : 'Something went wrong. Nothing was imported.'
}

/** The import wizard's flow: pick -> preview (re-staged on each choice) -> commit -> result. */
export function useImportWizard() {
  const [state, setState] = useState<WizardStep>({ step: 'pick' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [acceptProblems, setAcceptProblems] = useState(false)
  const [choices, setChoices] = useState<StageChoices>({})
  // Graph files: the node list of the first preview (choosing an owner removes it from later ones).
  const [graphNodes, setGraphNodes] = useState<{ id: string; name: string }[] | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const file = useRef<PickedFile | null>(null)
  const stopping = useRef(false)

  // Only the newest staging request may update the preview: answers can arrive out of order.
  const latestStage = useRef(0)

  const stage = useCallback(async (next: StageChoices) => {
    const picked = file.current
    if (!picked) return
    const request = ++latestStage.current
    setBusy(true)
    setError(null)
    try {
      const preview = await call('io.stage', {
        fileName: picked.name,
        contentBase64: picked.base64,
        ...next,
      })
      if (request !== latestStage.current) return
      setChoices(next)
      setAcceptProblems(false)
      // Names may change (a name attribute was chosen): refresh them, keep the first list's nodes.
      setGraphNodes((nodes) => {
        if (!nodes) return preview.graphNodes
        const fresh = new Map((preview.graphNodes ?? []).map((n) => [n.id, n.name]))
        return nodes.map((n) => ({ ...n, name: fresh.get(n.id) ?? n.name }))
      })
      setState({ step: 'preview', preview })
    } catch (e) {
      if (request === latestStage.current) setError(errorText(e))
    } finally {
      if (request === latestStage.current) setBusy(false)
    }
  }, [])

  const chooseFile = useCallback(
    async (picked: File, format?: IoImportFormat) => {
      setError(null)
      if (picked.size > MAX_IMPORT_FILE_BYTES) {
        setError('The file is larger than 50 MB, the most Kith imports at once.')
        return
      }
      setBusy(true)
      try {
        file.current = { name: picked.name, base64: await readFileAsBase64(picked) }
      } catch {
        setBusy(false)
        setError('The file could not be read.')
        return
      }
      setGraphNodes(null)
      await stage(format ? { format } : {})
    },
    [stage],
  )

  // A file dropped on the window: staged as if picked, unless an import is being written.
  const pendingFile = useIoUi((s) => s.pendingFile)
  const writing = state.step === 'committing'
  useEffect(() => {
    if (!pendingFile || writing) return
    useIoUi.setState({ pendingFile: null })
    // Staged from a callback rather than during the effect: staging sets the wizard's state.
    void Promise.resolve(pendingFile).then(chooseFile)
  }, [pendingFile, writing, chooseFile])

  const commit = useCallback(async () => {
    if (state.step !== 'preview') return
    const { preview } = state
    setError(null)
    setNotice(null)
    stopping.current = false
    setState({ step: 'committing', preview })
    try {
      const batch = await call('io.commit', { stagingId: preview.stagingId, acceptProblems })
      file.current = null
      setState({ step: 'done', batch, undone: false })
      useIoUi.setState({ lastCommitted: { id: batch.id, fileName: batch.fileName } })
    } catch (e) {
      if (stopping.current)
        setNotice('The import was stopped before writing: nothing was imported.')
      else setError(errorText(e))
      setState({ step: 'preview', preview })
    }
  }, [state, acceptProblems])

  /** Stops a running commit; it is too late once the single write has begun (then it finishes). */
  const stop = useCallback(async () => {
    if (state.step !== 'committing') return
    stopping.current = true
    try {
      await call('io.cancel', { stagingId: state.preview.stagingId })
    } catch {
      stopping.current = false
    }
  }, [state])

  const undo = useCallback(async () => {
    if (state.step !== 'done' || state.undone) return
    setBusy(true)
    setError(null)
    try {
      const result = await call('io.undo', { batchId: state.batch.id })
      setState({ step: 'done', batch: result.batch, undone: true })
    } catch (e) {
      setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }, [state])

  const restart = useCallback(() => {
    file.current = null
    setChoices({})
    setGraphNodes(null)
    setError(null)
    setState({ step: 'pick' })
  }, [])

  return {
    state,
    busy,
    error,
    notice,
    choices,
    graphNodes,
    acceptProblems,
    setAcceptProblems,
    chooseFile,
    stage,
    commit,
    stop,
    undo,
    restart,
  }
}
