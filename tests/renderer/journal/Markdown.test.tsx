import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Markdown } from '../../../src/renderer/src/features/journal/Markdown'

describe('Markdown', () => {
  const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />)

  it('renders markdown', () => {
    expect(html('**bold** and _it_')).toContain('<strong>bold</strong>')
  })
  it('never renders raw HTML', () => {
    const out = html('hi <img src=x onerror="alert(1)"> <script>alert(1)</script> <b>b</b>')
    expect(out).not.toMatch(/<img|<script|<b>/)
  })
  it('keeps https and mailto links, opening in a new window without opener', () => {
    const out = html('[site](https://example.org) [mail](mailto:a@b.org)')
    expect(out).toContain('href="https://example.org/"')
    expect(out).toContain('rel="noopener noreferrer"')
    expect(out).toContain('href="mailto:a@b.org"')
  })
  it('turns other links into text and images into their description', () => {
    const out = html(
      '[x](javascript:alert(1)) [y](http://plain.org) ![a cat](https://e.org/cat.png)',
    )
    expect(out).not.toContain('href')
    expect(out).not.toContain('<img')
    expect(out).toContain('[a cat]')
  })
})
