import ReactMarkdown, { type Components } from 'react-markdown'
import { safeHref } from './safeHref'

import './journal.css'

const components: Components = {
  a: ({ href, children }) => {
    const safe = safeHref(href)
    if (!safe) return <span className="md-unsafe-link">{children}</span>
    return (
      <a href={safe} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    )
  },
  // No remote content (CSP, privacy): an image becomes its description.
  img: ({ alt }) => <span className="md-image">[{alt || 'image'}]</span>,
}

/** Markdown rendered without raw HTML (react-markdown escapes it; no rehype-raw) and safe links. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={['markdown', className ?? ''].filter(Boolean).join(' ')}>
      <ReactMarkdown components={components} urlTransform={(url) => safeHref(url) ?? ''} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  )
}
