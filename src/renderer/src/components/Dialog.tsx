import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { isSubmitShortcut, primaryButton } from './dialogSubmit'
import { trapTab } from './focusTrap'

export interface DialogProps {
  open: boolean
  /** Called on Escape, on a click on the backdrop, and by the close button. */
  onClose: () => void
  title: ReactNode
  description?: ReactNode
  children?: ReactNode
  /** Actions row at the bottom (buttons). */
  footer?: ReactNode
  size?: 'small' | 'medium' | 'large'
  className?: string
  /** False for steps that must not be skipped (e.g. confirming the recovery key). */
  dismissable?: boolean
  /** Keeps the title for screen readers only. */
  hideTitle?: boolean
  /**
   * What Ctrl/Cmd+Enter does anywhere in the dialog; without it, the shortcut clicks the footer's
   * enabled primary button, so every dialog submits the same way.
   */
  onSubmit?: () => void
  'data-testid'?: string
}

/**
 * An accessible modal on the native `<dialog>`: `showModal()` makes the rest of the page inert,
 * Tab cycles inside it, Escape closes it, it is labelled by its title, and focus goes back where
 * it was when it closes. Rendered only while open, so its form state starts fresh each time.
 */
export function Dialog(props: DialogProps) {
  if (!props.open) return null
  return <OpenDialog {...props} />
}

function OpenDialog({
  onClose,
  title,
  description,
  children,
  footer,
  size = 'medium',
  className,
  dismissable = true,
  hideTitle = false,
  onSubmit,
  'data-testid': testId,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    return () => {
      if (dialog.open) dialog.close()
      // Focus goes back only if it was not moved elsewhere on purpose meanwhile.
      if (returnTo?.isConnected) returnTo.focus()
    }
  }, [])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const onCancel = (event: Event) => {
      event.preventDefault()
      if (dismissable) onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => dialog.removeEventListener('cancel', onCancel)
  }, [dismissable])

  return (
    <dialog
      ref={ref}
      className={['dialog', `dialog-${size}`, className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Tab' && ref.current) trapTab(event.nativeEvent, ref.current)
        if (event.defaultPrevented || !isSubmitShortcut(event.nativeEvent)) return
        event.preventDefault()
        if (onSubmit) onSubmit()
        else if (ref.current) primaryButton(ref.current)?.click()
      }}
      onMouseDown={(event) => {
        // The dialog box has no padding of its own: a press on the element itself is the backdrop.
        if (dismissable && event.target === ref.current) onClose()
      }}
    >
      <div className="dialog-body">
        <header className="dialog-header">
          <h2 id={titleId} className={hideTitle ? 'visually-hidden' : 'dialog-title'}>
            {title}
          </h2>
          {dismissable ? (
            <button type="button" className="dialog-close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          ) : null}
        </header>
        {description ? (
          <p id={descriptionId} className="dialog-description">
            {description}
          </p>
        ) : null}
        <div className="dialog-content">{children}</div>
        {footer ? <footer className="dialog-footer">{footer}</footer> : null}
      </div>
    </dialog>
  )
}
