import { describe, expect, it } from 'vitest'
import { safeHref } from '../../../src/renderer/src/features/journal/safeHref'

describe('safeHref', () => {
  it('keeps https and mailto', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1')
    expect(safeHref('mailto:ana@example.org')).toBe('mailto:ana@example.org')
  })
  it('drops everything else', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'http://example.org',
      'file:///etc/passwd',
      'data:text/html,x',
      '/relative',
      'vbscript:x',
      '',
      undefined,
    ]) {
      expect(safeHref(url)).toBeNull()
    }
  })
})
