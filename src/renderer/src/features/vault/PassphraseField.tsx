import { useId, useState, type ComponentPropsWithRef } from 'react'

export interface PassphraseFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'type'> {
  label: string
  error?: string | null
  hint?: string
  /** Monospace, for recovery keys. */
  mono?: boolean
}

/** A password input with a Show/Hide toggle, its label, hint and error. */
export function PassphraseField({
  label,
  error,
  hint,
  mono = false,
  id: givenId,
  className,
  ...rest
}: PassphraseFieldProps) {
  const generated = useId()
  const id = givenId ?? generated
  const [visible, setVisible] = useState(false)
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean)
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="passphrase-row">
        <input
          {...rest}
          id={id}
          type={visible ? 'text' : 'password'}
          className={['field-control', mono ? 'mono' : ''].filter(Boolean).join(' ')}
          autoComplete={rest.autoComplete ?? 'off'}
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy.join(' ') || undefined}
        />
        <button
          type="button"
          className="btn btn-ghost btn-small passphrase-toggle"
          aria-pressed={visible}
          aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {hint ? (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  )
}
