import { useEffect, useState } from 'react'
import { call } from '../../api/client'
import type { SearchHit } from './paletteModel'

/** `search.query` for the palette's text; the latest answer wins, errors show as no hits. */
export function usePaletteSearch(query: string): SearchHit[] {
  const [result, setResult] = useState<{ q: string; hits: SearchHit[] }>({ q: '', hits: [] })
  const q = query.trim()
  useEffect(() => {
    if (!q) return
    let live = true
    call('search.query', { q, limit: 20 }).then(
      (hits) => live && setResult({ q, hits }),
      () => live && setResult({ q, hits: [] }),
    )
    return () => {
      live = false
    }
  }, [q])
  // Keep the previous hits while the next answer is on its way, so the list does not flicker.
  return q ? result.hits : []
}
