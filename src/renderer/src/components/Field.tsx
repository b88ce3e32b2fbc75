import { useId, type ComponentPropsWithRef, type ReactNode } from 'react'

interface FieldCommon {
  label: ReactNode
  /** Shown under the control in the danger colour and announced with it. */
  error?: string | null
  /** Help text under the control. */
  hint?: ReactNode
  /** Class of the wrapping element. */
  className?: string
}

export type FieldProps = FieldCommon &
  (
    | ({ multiline?: false } & Omit<ComponentPropsWithRef<'input'>, 'className'>)
    | ({ multiline: true } & Omit<ComponentPropsWithRef<'textarea'>, 'className'>)
  )

/** A labelled input or textarea with its hint and error wired to `aria-describedby`. */
export function Field(props: FieldProps) {
  const generated = useId()
  const { label, error, hint, className } = props
  const id = props.id ?? generated
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, props['aria-describedby'] ?? null]
      .filter(Boolean)
      .join(' ') || undefined
  const common = {
    id,
    className: 'field-control',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  }
  let control: ReactNode
  if (props.multiline) {
    const { label: _l, error: _e, hint: _h, className: _c, multiline: _m, ...rest } = props
    control = <textarea {...rest} {...common} />
  } else {
    const { label: _l, error: _e, hint: _h, className: _c, multiline: _m, ...rest } = props
    control = <input {...rest} {...common} />
  }
  return (
    <div className={['field', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {control}
      {hint ? (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <div id={errorId} className="field-error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  )
}
