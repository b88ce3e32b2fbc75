import { describe, expect, it } from 'vitest'
import { decodeBytes, IMPORT_LIMITS, ImportFormatError, stageImport } from '../../../src/core/io'
import { MemoryStore } from '../../../src/core/store/memoryStore'
import { bytes } from './helpers'

describe('decodeBytes', () => {
  it('uses and strips a UTF-8 BOM', () => {
    const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Zoë')]))
    expect(result).toEqual({ text: 'Zoë', encoding: 'utf-8-bom' })
  })

  it('decodes UTF-16LE with a BOM', () => {
    const text = 'Jürgen,€'
    const out = new Uint8Array(2 + text.length * 2)
    out.set([0xff, 0xfe])
    for (let i = 0; i < text.length; i++) {
      out[2 + i * 2] = text.charCodeAt(i) & 0xff
      out[3 + i * 2] = text.charCodeAt(i) >> 8
    }
    expect(decodeBytes(out)).toEqual({ text, encoding: 'utf-16le-bom' })
  })

  it('prefers strict UTF-8 and falls back to windows-1252, including 0x80-0x9F', () => {
    expect(decodeBytes(bytes('Größe')).encoding).toBe('utf-8')
    // "Größe – 3 €" in windows-1252: ö=F6, ß=DF, en dash=96, euro=80
    const ansi = new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65, 0x20, 0x96, 0x20, 0x33, 0x20, 0x80])
    expect(decodeBytes(ansi)).toEqual({ text: 'Größe – 3 €', encoding: 'windows-1252' })
  })

  it('refuses binary garbage with a clear error and stages nothing', () => {
    const garbage = new Uint8Array(4096)
    let x = 7
    for (let i = 0; i < garbage.length; i++) garbage[i] = x = (x * 1103515245 + 12345) & 0xff
    expect(() => decodeBytes(garbage)).toThrow(/not a text file/)
    const store = new MemoryStore()
    expect(() => stageImport(garbage, {}, store)).toThrow(ImportFormatError)
    expect(store.all()).toHaveLength(0)
  })

  it('refuses files over the size limit before decoding them', () => {
    // Zero-filled pages are cheap to allocate; the check looks at the length only.
    const big = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1)
    expect(() => stageImport(big, {}, new MemoryStore())).toThrow(/50\.0 MB/)
  })
})
