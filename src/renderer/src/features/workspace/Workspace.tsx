import { lazy, Suspense, useCallback } from 'react'
import type { VaultStatusView } from '../../../../shared/ipc'
import { call } from '../../api/client'
import { Toaster } from '../../components/Toaster'
import { setVaultStatus } from '../../state/data'
import { useUi, VIEWS, type View } from '../../state/ui'
import { FileDrop } from '../onboarding/FileDrop'
import { IntegrityBanner } from '../vault/IntegrityBanner'
import { setVaultFlow } from '../vault/vaultFlow'
import { lockReasonText } from '../vault/vaultFlow'
import { SettingsDialog } from './SettingsDialog'
import { ShortcutSheet } from './ShortcutSheet'
import { TopBar } from './TopBar'
import { useGlobalShortcuts } from './useGlobalShortcuts'
import { useIdleLock } from './useIdleLock'
import { useWorkspaceCommands } from './useWorkspaceCommands'
import './workspace.css'
import { useDigest } from '../reachout/useDigest'

// Each view loads on first use, so the unlock screen never waits for Cytoscape.
const MapView = lazy(() => import('../map/MapView').then((m) => ({ default: m.MapView })))
const PeopleView = lazy(() =>
  import('../people/PeopleView').then((m) => ({ default: m.PeopleView })),
)
const JournalView = lazy(() =>
  import('../journal/JournalView').then((m) => ({ default: m.JournalView })),
)
const IntroductionsView = lazy(() =>
  import('../introductions/IntroductionsView').then((m) => ({ default: m.IntroductionsView })),
)
const ReachOutView = lazy(() =>
  import('../reachout/ReachOutView').then((m) => ({ default: m.ReachOutView })),
)
const PersonPanel = lazy(() =>
  import('../people/PersonPanel').then((m) => ({ default: m.PersonPanel })),
)
const NewPersonDialog = lazy(() =>
  import('../people/NewPersonDialog').then((m) => ({ default: m.NewPersonDialog })),
)
const QuickCapture = lazy(() =>
  import('../journal/QuickCapture').then((m) => ({ default: m.QuickCapture })),
)
const IoDialogs = lazy(() => import('../io/IoDialogs').then((m) => ({ default: m.IoDialogs })))
const Onboarding = lazy(() =>
  import('../onboarding/Onboarding').then((m) => ({ default: m.Onboarding })),
)
const CommandPalette = lazy(() =>
  import('../palette/CommandPalette').then((m) => ({ default: m.CommandPalette })),
)

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'map':
      return <MapView />
    case 'people':
      return <PeopleView />
    case 'journal':
      return <JournalView />
    case 'introductions':
      return <IntroductionsView />
    case 'reachout':
      return <ReachOutView />
  }
}

function Loading() {
  return (
    <p className="view-loading" aria-busy="true">
      Loading…
    </p>
  )
}

/** The unlocked app: top bar, the current view, the person panel, and the global dialogs. */
export function Workspace({ status }: { status: VaultStatusView }) {
  const view = useUi((state) => state.view)
  const selectedPersonId = useUi((state) => state.selectedPersonId)
  const viewLabel = VIEWS.find((item) => item.id === view)?.label ?? 'View'

  const lock = useCallback(() => {
    void call('vault.lock', {}).then(setVaultStatus, () => undefined)
  }, [])
  const lockForIdle = useCallback(() => {
    setVaultFlow({ lockReason: lockReasonText('idle', status.autoLockMinutes) })
    lock()
  }, [lock, status.autoLockMinutes])

  useGlobalShortcuts(lock)
  useIdleLock(status.autoLockMinutes, lockForIdle)
  useWorkspaceCommands(lock)
  useDigest()

  return (
    <div className="workspace" data-testid="workspace">
      <a href="#workspace-main" className="skip-link">
        Skip to content
      </a>
      <TopBar status={status} onLock={lock} />
      <IntegrityBanner status={status} />
      <div className={selectedPersonId ? 'workspace-body with-panel' : 'workspace-body'}>
        <main id="workspace-main" className="workspace-main" aria-label={viewLabel} tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <CurrentView view={view} />
          </Suspense>
        </main>
        {selectedPersonId ? (
          <aside className="workspace-panel" aria-label="Person details">
            <Suspense fallback={<Loading />}>
              <PersonPanel personId={selectedPersonId} />
            </Suspense>
          </aside>
        ) : null}
      </div>
      <Suspense fallback={null}>
        <QuickCapture />
        <CommandPalette />
        <NewPersonDialog />
        <IoDialogs />
        <Onboarding />
      </Suspense>
      <ShortcutSheet />
      <SettingsDialog readOnly={status.readOnly} />
      <FileDrop />
      <Toaster />
    </div>
  )
}
