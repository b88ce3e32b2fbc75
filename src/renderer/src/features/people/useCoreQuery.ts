import { useEffect, useState } from 'react'
import type { MethodInput, MethodName, MethodOutput } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { useSnapshot } from '../../state/data'

export interface CoreQuery<T> {
  data: T | null
  error: string | null
  loading: boolean
}

/**
 * Calls a read method and calls it again whenever the vault data changes (the snapshot is
 * replaced on every `data.changed`), so panels stay current after any write anywhere. `key`
 * identifies the input (JSON of it by default); a stale answer for an older key is dropped.
 */
export function useCoreQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
): CoreQuery<MethodOutput<M>> {
  const snapshot = useSnapshot()
  const key = input === null ? null : JSON.stringify(input)
  const [state, setState] = useState<{
    key: string | null
    data: MethodOutput<M> | null
    error: string | null
  }>({
    key: null,
    data: null,
    error: null,
  })
  useEffect(() => {
    if (key === null || !snapshot) return
    let live = true
    call(method, JSON.parse(key) as MethodInput<M>).then(
      (data) => live && setState({ key, data, error: null }),
      (error: unknown) =>
        live &&
        setState({
          key,
          data: null,
          error: error instanceof Error ? error.message : String(error),
        }),
    )
    return () => {
      live = false
    }
  }, [method, key, snapshot])
  const fresh = state.key === key
  return {
    data: fresh ? state.data : null,
    error: fresh ? state.error : null,
    loading: key !== null && !fresh,
  }
}

/** The message to show for a failed call. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
