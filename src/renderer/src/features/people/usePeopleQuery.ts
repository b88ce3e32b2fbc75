import { useMemo, useState } from 'react'
import type { Person } from '../../../../shared/domain'
import { useSnapshot } from '../../state/data'
import { useAnalysis } from '../../workers/useAnalysis'
import {
  EMPTY_FILTER,
  filterPeople,
  sortPeople,
  type PeopleFilter,
  type SortDirection,
  type SortKey,
} from './peopleQuery'

export interface PeopleQueryState {
  people: Person[]
  total: number
  filter: PeopleFilter
  setFilter: (patch: Partial<PeopleFilter>) => void
  sortKey: SortKey
  direction: SortDirection
  setSort: (key: SortKey) => void
  clusters: { id: string; label: string }[]
  clusterOf: Readonly<Record<string, string>>
}

/** The people list's filter and sort state applied to the snapshot; the clock is injectable. */
export function usePeopleQuery(now: () => Date = () => new Date()): PeopleQueryState {
  const snapshot = useSnapshot()
  const { analysis } = useAnalysis()
  const [filter, setFilterState] = useState<PeopleFilter>(EMPTY_FILTER)
  const [sortKey, setSortKey] = useState<SortKey>('name')
  const [direction, setDirection] = useState<SortDirection>('asc')
  const all = useMemo(
    () => (snapshot?.people ?? []).filter((p) => !p.deletedAt && !p.isMe),
    [snapshot],
  )
  const clusterOf = useMemo(() => analysis?.clusterOf ?? {}, [analysis])
  // Sort everyone once per sort change, then filter the sorted list (filtering keeps the order):
  // a keystroke in the filter box costs a filter pass, not a 10k-name collation.
  const sorted = useMemo(() => sortPeople(all, sortKey, direction), [all, sortKey, direction])
  const people = useMemo(
    () => filterPeople(sorted, filter, clusterOf, now()),
    // `now` is read when inputs change; a new clock function alone does not re-filter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sorted, filter, clusterOf],
  )
  const clusters = useMemo(
    () => (analysis?.clusters ?? []).map((c) => ({ id: c.id, label: c.label })),
    [analysis],
  )
  return {
    people,
    total: all.length,
    filter,
    setFilter: (patch) => setFilterState((current) => ({ ...current, ...patch })),
    sortKey,
    direction,
    setSort: (key) => {
      if (key === sortKey) setDirection(direction === 'asc' ? 'desc' : 'asc')
      else {
        setSortKey(key)
        setDirection(key === 'lastContact' ? 'desc' : 'asc')
      }
    },
    clusters,
    clusterOf,
  }
}
