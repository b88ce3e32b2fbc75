import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { pairKey } from '../../../../shared/domain'
import type { Suggestion } from '../../../../shared/graph'
import { call } from '../../api/client'
import { showToast } from '../../components/toast'
import { useSnapshot } from '../../state/data'
import { openPerson, useUi } from '../../state/ui'
import { unplaced } from '../../workers/layoutInput'
import type { Positions } from '../../workers/layoutTypes'
import { useAnalysis } from '../../workers/useAnalysis'
import { useMapLayout } from '../../workers/useMapLayout'
import { GettingStarted } from '../onboarding/GettingStarted'
import { InferenceBanner } from '../onboarding/InferenceBanner'
import { MapStartTools } from '../onboarding/MapStartTools'
import { useFitAfterImport } from '../onboarding/useFitAfterImport'
import { ClusterLabels } from './ClusterLabels'
import { IntroduceDialog } from './IntroduceDialog'
import { MapLegend } from './MapLegend'
import { MapListView } from './MapListView'
import { MapToolbar } from './MapToolbar'
import { SuggestionCard } from './SuggestionCard'
import { TieDialog } from './TieDialog'
import { moveCommand } from './mapCommands'
import { useMapUi } from './mapUi'
import { suggestionActions } from './suggestionActions'
import { clusterColorIndex, mapSettings, toElements } from './toElements'
import { useMapCanvas } from './useMapCanvas'
import { useMapCommands } from './useMapCommands'
import { useMapKeyboard } from './useMapKeyboard'
import { useSuggestionHover } from './useSuggestionHover'
import './map.css'

/** The map, or the ways to begin while the owner is alone in the vault (never one giant node). */
export function MapView() {
  const snapshot = useSnapshot()
  const empty = snapshot !== null && !snapshot.people.some((p) => !p.deletedAt && !p.isMe)
  if (empty) {
    return (
      <section className="map-view map-view-empty" aria-label="Network map">
        <GettingStarted where="map" />
      </section>
    )
  }
  return <NetworkMap />
}

/** The network map: one Cytoscape canvas, fed from vault data, with its overlays and dialogs. */
function NetworkMap() {
  const snapshot = useSnapshot()
  const { analysis, computing } = useAnalysis()
  const selectedPersonId = useUi((s) => s.selectedPersonId)
  const { filters, focusDepth, focusId, listMode, suggestion, dialog } = useMapUi()
  const [hiddenPairs, setHiddenPairs] = useState<ReadonlySet<string>>(new Set())
  const canvasRef = useRef<HTMLDivElement>(null)
  const labelsRef = useRef<HTMLDivElement>(null)

  const savePositions = useCallback((positions: Positions) => {
    call('layout.save', { positions }).catch((err: unknown) =>
      showToast({ message: `Could not save the map layout: ${String(err)}`, tone: 'error' }),
    )
  }, [])
  const aspect = useCallback(() => {
    const box = canvasRef.current?.getBoundingClientRect()
    return box && box.height > 0 ? box.width / box.height : 1.6
  }, [])
  const layout = useMapLayout(snapshot, analysis, savePositions, aspect)
  const people = useMemo(() => snapshot?.people.filter((p) => !p.deletedAt) ?? [], [snapshot])
  const byId = useMemo(() => new Map(people.map((p) => [p.id as string, p])), [people])
  const owner = snapshot?.ownerId ? (byId.get(snapshot.ownerId) ?? null) : null
  const colorSlot = useMemo(() => clusterColorIndex(analysis), [analysis])
  const [now] = useState(() => new Date())
  const ready = snapshot !== null && unplaced(snapshot, layout.positions).length === 0
  const focusCentre =
    focusDepth > 0 ? (focusId ?? selectedPersonId ?? snapshot?.ownerId ?? null) : null

  const elements = useMemo(
    () =>
      ready && snapshot
        ? toElements(snapshot, analysis, filters, mapSettings(snapshot), {
            positions: layout.positions,
            now,
            focus: focusCentre ? { id: focusCentre, depth: focusDepth } : null,
            hiddenPairs,
          })
        : null,
    [
      ready,
      snapshot,
      analysis,
      filters,
      layout.positions,
      now,
      focusCentre,
      focusDepth,
      hiddenPairs,
    ],
  )
  const suggestionByKey = useMemo(() => {
    const out = new Map<string, Suggestion>()
    for (const s of analysis?.suggestions ?? []) out.set(pairKey(s.a, s.b), s)
    return out
  }, [analysis])
  const shownSuggestions = useMemo(() => {
    if (!snapshot || !analysis) return []
    const settings = mapSettings(snapshot)
    return analysis.suggestions
      .filter((s) => !hiddenPairs.has(pairKey(s.a, s.b)))
      .slice(0, Math.max(settings.suggestionsOnMap, 1))
  }, [snapshot, analysis, hiddenPairs])

  const name = useCallback((id: string) => byId.get(id)?.name ?? 'someone', [byId])
  const actions = useMemo(
    () =>
      suggestionActions(
        (key) => setHiddenPairs((h) => new Set([...h, key])),
        (key) => setHiddenPairs((h) => new Set([...h].filter((k) => k !== key))),
        name,
      ),
    [name],
  )
  const hover = useSuggestionHover()
  const controller = useMapCanvas(canvasRef, labelsRef, elements, {
    onOpen: (id) => {
      useMapUi.setState({ focusId: id })
      openPerson(id)
    },
    onDropOnto: (a, b, tie) =>
      useMapUi.setState({ dialog: { kind: tie ? 'tie' : 'introduce', a, b } }),
    onMoved: (moved) => {
      moveCommand(call, moved, layout.positions)
        .run()
        .catch((err: unknown) => showToast({ message: String(err), tone: 'error' }))
    },
    onSuggestion: hover.onEdge,
    onBackgroundTap: () => useMapUi.setState({ suggestion: null }),
  })

  useEffect(() => {
    const cy = controller.current?.cy
    if (!cy) return
    cy.nodes(':selected').unselect()
    if (selectedPersonId) cy.getElementById(selectedPersonId).select()
  }, [controller, selectedPersonId, elements])
  useEffect(() => {
    controller.current?.selectSuggestion(suggestion?.key ?? null)
  }, [controller, suggestion, elements])
  useLayoutEffect(() => {
    controller.current?.positionLabels()
  }, [controller, analysis, elements])

  useFitAfterImport(controller, snapshot, elements)
  const keyboard = useMapKeyboard(controller, snapshot, analysis, byId)
  useMapCommands(controller, layout.relayout)

  const current = suggestion ? suggestionByKey.get(suggestion.key) : undefined
  const dialogA = dialog ? byId.get(dialog.a) : undefined
  const dialogB = dialog ? byId.get(dialog.b) : undefined
  const closeDialog = () => useMapUi.setState({ dialog: null })
  const status = !snapshot
    ? 'Loading your network…'
    : !ready
      ? 'Arranging your map…'
      : computing && !analysis
        ? 'Finding clusters…'
        : null

  return (
    <section className="map-view" aria-label="Network map">
      <MapToolbar
        people={people}
        clusters={analysis?.clusters ?? []}
        controller={controller}
        showSuggestions={snapshot?.settings?.showSuggestions ?? true}
        onRelayout={layout.relayout}
      />
      <InferenceBanner />
      <div className="map-stage">
        <div
          ref={canvasRef}
          className="map-canvas"
          data-testid="map-canvas"
          tabIndex={0}
          role="application"
          aria-roledescription="network map"
          aria-label="Network map. Arrow keys move between people, Enter opens a person, plus and minus widen or narrow the focus."
          onKeyDown={keyboard.onKeyDown}
          onFocus={keyboard.onFocus}
        />
        <div ref={labelsRef} className="map-labels">
          <ClusterLabels clusters={analysis?.clusters ?? []} colorSlot={colorSlot} />
        </div>
        <p className="visually-hidden" aria-live="polite" data-testid="map-announcer">
          {keyboard.announcement}
        </p>
        {status ? (
          <div className="map-status" role="status">
            {status}
          </div>
        ) : null}
        {layout.computing && ready ? (
          <div className="map-busy" role="status">
            Placing new people…
          </div>
        ) : null}
        <MapLegend />
        <MapStartTools />
        {suggestion && current ? (
          <SuggestionCard
            suggestion={current}
            nameA={name(current.a)}
            nameB={name(current.b)}
            x={suggestion.x}
            y={suggestion.y}
            pinned={suggestion.pinned}
            onIntroduce={() => actions.introduce(current)}
            onSnooze={() => actions.snooze(current)}
            onDismiss={() => actions.dismiss(current)}
            onClose={() => useMapUi.setState({ suggestion: null })}
            onPointer={hover.onCard}
          />
        ) : null}
        {listMode ? (
          <MapListView
            people={people}
            analysis={analysis}
            suggestions={shownSuggestions}
            actions={actions}
          />
        ) : null}
      </div>
      {dialog?.kind === 'introduce' && dialogA && dialogB ? (
        <IntroduceDialog
          a={dialogA}
          b={dialogB}
          owner={owner}
          suggestion={suggestionByKey.get(pairKey(dialogA.id, dialogB.id)) ?? null}
          onClose={closeDialog}
        />
      ) : null}
      {dialog?.kind === 'tie' && dialogA && dialogB ? (
        <TieDialog a={dialogA} b={dialogB} onClose={closeDialog} />
      ) : null}
    </section>
  )
}
