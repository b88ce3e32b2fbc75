import type { ImportPreviewView } from '../../../../shared/ipc'
import { ColumnMapping } from './ColumnMapping'
import { DroppedList } from './DroppedList'
import { DuplicateList } from './DuplicateList'
import {
  encodingLabel,
  FORMAT_LABELS,
  isGraphFormat,
  plural,
  previewSummary,
  withNameAttribute,
} from './importText'
import { NameAttributeChoice } from './NameAttributeChoice'
import { OwnerChoice } from './OwnerChoice'
import { ProblemList } from './ProblemList'
import type { StageChoices } from './useImportWizard'
import { formatNumber } from '../../format'

/** Step 2: what the file holds and what committing it would do. Nothing is written yet. */
export function ImportPreviewStep({
  preview,
  choices,
  graphNodes,
  busy,
  acceptProblems,
  onAcceptProblems,
  onRestage,
}: {
  preview: ImportPreviewView
  choices: StageChoices
  graphNodes: { id: string; name: string }[] | null
  busy: boolean
  acceptProblems: boolean
  onAcceptProblems: (accept: boolean) => void
  onRestage: (choices: StageChoices) => void
}) {
  const { counts } = preview
  const base: StageChoices = choices.format ? { format: choices.format } : {}
  const mapping = choices.mapping ?? {}
  const nameAttribute = Object.entries(mapping).find(([, field]) => field === 'name')?.[0] ?? ''
  // Each choice keeps the others: the owner choice keeps the mapping and the other way round.
  const restageMapping = (next: StageChoices['mapping']) => onRestage({ ...choices, mapping: next })
  const restageOwner = (owner: Pick<StageChoices, 'linkOwner' | 'ownerNodeId'>) =>
    onRestage({ ...base, ...(choices.mapping ? { mapping: choices.mapping } : {}), ...owner })
  return (
    <div className="io-preview" data-testid="import-preview">
      <p className="io-detected">
        <span className="io-file-name">{preview.fileName || 'The file'}</span> reads as{' '}
        <strong data-testid="import-format">{FORMAT_LABELS[preview.format]}</strong>, text encoding{' '}
        {encodingLabel(preview.encoding)}.
      </p>
      <dl className="io-counts" data-testid="import-counts">
        <div>
          <dt>People</dt>
          <dd data-testid="count-people">{formatNumber(counts.people)}</dd>
        </div>
        <div>
          <dt>New</dt>
          <dd data-testid="count-new">{formatNumber(counts.newPeople)}</dd>
        </div>
        <div>
          <dt>Already here</dt>
          <dd>{formatNumber(counts.matched)}</dd>
        </div>
        <div>
          <dt>Ties</dt>
          <dd>{formatNumber(counts.ties)}</dd>
        </div>
        {counts.otherRecords > 0 ? (
          <div>
            <dt>Other records</dt>
            <dd>{formatNumber(counts.otherRecords)}</dd>
          </div>
        ) : null}
        <div className={counts.errors > 0 ? 'io-count-bad' : undefined}>
          <dt>Rows with problems</dt>
          <dd>{formatNumber(counts.rowsWithProblems)}</dd>
        </div>
      </dl>
      <p className="visually-hidden" role="status">
        {previewSummary(preview)}
      </p>
      {preview.format === 'csv' && preview.columns ? (
        <ColumnMapping
          key={preview.stagingId}
          columns={preview.columns}
          mapping={preview.mapping}
          sampleRows={preview.sampleRows}
          headerless={preview.headerless}
          busy={busy}
          onApply={(next) => onRestage({ ...base, mapping: next })}
        />
      ) : null}
      {isGraphFormat(preview.format) && preview.nodeAttributes ? (
        <NameAttributeChoice
          attributes={preview.nodeAttributes}
          chosen={nameAttribute}
          busy={busy}
          onChange={(attribute) => restageMapping(withNameAttribute(mapping, attribute))}
        />
      ) : null}
      {isGraphFormat(preview.format) && graphNodes ? (
        <OwnerChoice preview={preview} nodes={graphNodes} busy={busy} onChange={restageOwner} />
      ) : null}
      {counts.errors > 0 ? (
        <label className="choice io-accept">
          <input
            type="checkbox"
            checked={acceptProblems}
            onChange={(event) => onAcceptProblems(event.currentTarget.checked)}
          />
          Skip the {plural(counts.rowsWithProblems, 'row')} with errors and import the rest
        </label>
      ) : null}
      <DroppedList
        key={`dropped-${preview.stagingId}`}
        preview={preview}
        mapping={mapping}
        canMap={preview.format !== 'csv' && preview.format !== 'kith-json'}
        busy={busy}
        onMap={restageMapping}
      />
      <ProblemList problems={preview.problems} total={counts.errors + counts.warnings} />
      <DuplicateList preview={preview} />
    </div>
  )
}
