import { useMemo, useState } from 'react'
import { Button } from '../../components/Button'
import { useSnapshot, useVaultStatus } from '../../state/data'
import { useUi } from '../../state/ui'
import { useIoUi } from '../io/ioUi'
import { GettingStarted } from '../onboarding/GettingStarted'
import { InferenceBanner } from '../onboarding/InferenceBanner'
import { MergeDialog } from './MergeDialog'
import { PeopleList } from './PeopleList'
import { PeopleToolbar } from './PeopleToolbar'
import { usePeopleUi } from './peopleUi'
import { TrashList } from './TrashList'
import { usePeopleQuery } from './usePeopleQuery'
import './people.css'

/** Everyone in the vault: filter, sort, open, add, merge duplicates, and the trash. */
export function PeopleView() {
  const snapshot = useSnapshot()
  const query = usePeopleQuery()
  const selectedPersonId = useUi((s) => s.selectedPersonId)
  const openPerson = useUi((s) => s.openPerson)
  const openNewPerson = useUi((s) => s.openNewPerson)
  const openImport = useIoUi((s) => s.openImport)
  const readOnly = useVaultStatus()?.readOnly ?? false
  const tab = usePeopleUi((s) => s.tab)
  const setTab = usePeopleUi((s) => s.setTab)
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const [merging, setMerging] = useState(false)
  const all = useMemo(
    () => (snapshot?.people ?? []).filter((p) => !p.deletedAt && !p.isMe),
    [snapshot],
  )
  const checkedPeople = all.filter((p) => checked.has(p.id))
  const pair =
    merging && checkedPeople.length === 2 ? ([checkedPeople[0]!, checkedPeople[1]!] as const) : null
  const toggle = (id: string) => {
    const next = new Set(checked)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setChecked(next)
  }
  const now = new Date()
  return (
    <section className="people-view" aria-labelledby="people-title" data-testid="people-view">
      <header className="view-header">
        <h1 id="people-title">People</h1>
        <div className="view-tabs" role="group" aria-label="Show">
          <Button
            size="small"
            variant={tab === 'people' ? 'primary' : 'ghost'}
            aria-pressed={tab === 'people'}
            onClick={() => setTab('people')}
          >
            Everyone
          </Button>
          <Button
            size="small"
            variant={tab === 'trash' ? 'primary' : 'ghost'}
            aria-pressed={tab === 'trash'}
            onClick={() => setTab('trash')}
            data-testid="people-trash-tab"
          >
            Trash
          </Button>
        </div>
        <div className="view-actions">
          {checked.size > 0 ? (
            <span className="muted" aria-live="polite">
              {checked.size} selected
            </span>
          ) : null}
          {checked.size > 0 ? (
            <Button size="small" variant="ghost" onClick={() => setChecked(new Set())}>
              Clear
            </Button>
          ) : null}
          <Button
            disabled={checkedPeople.length !== 2}
            title="Select exactly two people to merge"
            onClick={() => setMerging(true)}
            data-testid="people-merge"
          >
            Merge
          </Button>
          <Button onClick={openImport} disabled={readOnly} data-testid="people-import">
            Import…
          </Button>
          <Button variant="primary" onClick={openNewPerson} data-testid="people-new">
            New person
          </Button>
        </div>
      </header>
      {tab === 'trash' ? (
        <TrashList />
      ) : snapshot !== null && all.length === 0 ? (
        <GettingStarted where="people" />
      ) : (
        <>
          <InferenceBanner />
          <PeopleToolbar query={query} all={all} />
          <p className="muted people-count" aria-live="polite">
            {query.people.length === query.total
              ? formatCount(query.total, 'person', 'people')
              : `${formatNumber(query.people.length)} of ${formatCount(query.total, 'person', 'people')}`}
          </p>
          {snapshot === null ? (
            <p aria-busy="true" className="muted">
              Loading…
            </p>
          ) : query.people.length === 0 ? (
            <p className="muted people-empty">
              {query.total === 0
                ? 'Nobody here yet: add someone with “New person”.'
                : 'Nobody matches these filters.'}
            </p>
          ) : (
            <PeopleList
              people={query.people}
              checked={checked}
              onToggle={toggle}
              onOpen={openPerson}
              openId={selectedPersonId}
              now={now}
            />
          )}
        </>
      )}
      <MergeDialog
        pair={pair}
        onClose={() => setMerging(false)}
        onMerged={() => {
          setMerging(false)
          setChecked(new Set())
        }}
      />
    </section>
  )
}
import { formatCount, formatNumber } from '../../format'
