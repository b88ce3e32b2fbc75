import { useEffect, useState } from 'react'
import { call } from '../api/client'
import { dismissToast, showToast, useToasts, type Toast } from './toast'

/** The live region where toasts appear; mounted once by the workspace. */
export function Toaster() {
  const toasts = useToasts((state) => state.toasts)
  return (
    <div className="toaster" role="region" aria-label="Notifications">
      <ol className="toaster-list" aria-live="polite">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ol>
    </div>
  )
}

function ToastItem({ toast }: { toast: Toast }) {
  const [paused, setPaused] = useState(false)
  const [undoing, setUndoing] = useState(false)

  useEffect(() => {
    if (paused || toast.durationMs <= 0) return
    const timer = window.setTimeout(() => dismissToast(toast.id), toast.durationMs)
    return () => window.clearTimeout(timer)
  }, [paused, toast.id, toast.durationMs])

  const undo = async () => {
    setUndoing(true)
    try {
      const { undone } = await call('undo.last', {})
      dismissToast(toast.id)
      showToast({ message: undone ? `Undone: ${undone}` : 'Nothing to undo', tone: 'success' })
    } catch (error) {
      dismissToast(toast.id)
      showToast({
        message: `Could not undo: ${error instanceof Error ? error.message : String(error)}`,
        tone: 'error',
      })
    }
  }

  return (
    <li
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <span className="toast-message">{toast.message}</span>
      {toast.undo ? (
        <button
          type="button"
          className="toast-action"
          disabled={undoing}
          onClick={() => void undo()}
        >
          Undo
        </button>
      ) : null}
      <button
        type="button"
        className="toast-dismiss"
        aria-label="Dismiss notification"
        onClick={() => dismissToast(toast.id)}
      >
        ×
      </button>
    </li>
  )
}
