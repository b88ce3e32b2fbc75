import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import type { MethodOutput } from '../../../../shared/ipc'

export type AppInfo = MethodOutput<'app.info'>

export function useAppInfo(): { info: AppInfo | null; error: string | null } {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    call('app.info', {}).then(
      (value) => live && setInfo(value),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    )
    return () => {
      live = false
    }
  }, [])
  return { info, error }
}
