import { describe, expect, it } from 'vitest'
import { IO_EXPORT_FORMATS } from '../../../src/shared/ipc'
import {
  clustersForExport,
  EXPORT_CHOICES,
  exportsPrivateText,
  formatBytes,
} from '../../../src/renderer/src/features/io/exportChoices'
import type { PersonId } from '../../../src/shared/domain'

describe('export choices', () => {
  it('offers every export format the core writes, once', () => {
    expect(EXPORT_CHOICES.map((c) => c.format).sort()).toEqual([...IO_EXPORT_FORMATS].sort())
  })

  it('knows when an export carries private text', () => {
    expect(exportsPrivateText('json', false)).toBe(true)
    expect(exportsPrivateText('gexf', false)).toBe(false)
    expect(exportsPrivateText('gexf', true)).toBe(true)
  })

  it('maps each person to the label of their cluster', () => {
    const a = 'a'.repeat(32) as PersonId
    const b = 'b'.repeat(32) as PersonId
    expect(clustersForExport(null)).toBeUndefined()
    expect(clustersForExport({ clusters: [] })).toBeUndefined()
    expect(
      clustersForExport({
        clusters: [
          { id: 'c0', label: 'Climbing', members: [a], named: true, isolated: false },
          { id: 'c1', label: 'Work', members: [b], named: false, isolated: false },
        ],
      }),
    ).toEqual({ [a]: 'Climbing', [b]: 'Work' })
  })

  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 bytes')
    expect(formatBytes(2048)).toBe('2.0 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB')
  })
})
