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

describe('Markdown in journal entries', () => {
  const people = [
    { id: 'ana', name: 'Ana Silva' },
    { id: 'maria', name: 'Maria da Silva' },
  ]

  it('shows mentions as names, not @text, and links them when a person can be opened', () => {
    const plain = renderToStaticMarkup(
      <Markdown
        text="Coffee with @Ana Silva and @[Maria da Silva], see [a link](https://x.org)."
        people={people}
      />,
    )
    expect(plain).not.toContain('@')
    expect(plain).toContain('>a link</a>')
    expect(plain).toContain('<span class="mention">Ana Silva</span>')
    expect(plain).toContain('<span class="mention">Maria da Silva</span>, see')
    const linked = renderToStaticMarkup(
      <Markdown text="With @Ana Silva" people={people} onOpenPerson={() => undefined} />,
    )
    expect(linked).toContain(
      '<button type="button" class="mention mention-link">Ana Silva</button>',
    )
  })

  it('leaves mentions in code alone and drops the @ of someone not on the entry', () => {
    const out = renderToStaticMarkup(
      <Markdown text={'`@Ana Silva` and @Zed Who'} people={people} />,
    )
    expect(out).toContain('<code>@Ana Silva</code>')
    expect(out).toContain('<span class="mention mention-unknown">Zed Who</span>')
  })

  it('renders task boxes as checkboxes carrying their offset in the text', () => {
    const text = 'Plan:\n\n- [ ] send the deck\n- [x] book a table\n- plain item'
    const offsets: number[] = []
    const out = renderToStaticMarkup(
      <Markdown text={text} onToggleTask={(offset) => offsets.push(offset)} />,
    )
    expect(out).not.toContain('[ ]')
    expect(out).not.toContain('[x]')
    expect(out.match(/type="checkbox"/g)).toHaveLength(2)
    expect(out).toMatch(
      /<li class="task-item"><input type="checkbox" class="task-box"[^>]*\/>send the deck/,
    )
    expect(out).toMatch(/checked=""[^>]*\/>book a table/)
    expect(out).toContain('<li>plain item</li>')
  })
})
