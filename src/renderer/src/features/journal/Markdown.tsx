import { useMemo } from 'react'
import ReactMarkdown, { type Components } from 'react-markdown'
import type { PluggableList } from 'unified'
import type { MentionCandidate } from '../../../../shared/domain'
import { rehypeMentions, rehypeTaskList } from './markdownPlugins'
import { safeHref } from './safeHref'

import './journal.css'

export interface MarkdownProps {
  text: string
  className?: string
  /** Who `@mentions` may name: they show as the person's name (a link with `onOpenPerson`). */
  people?: readonly MentionCandidate[]
  onOpenPerson?: (id: string) => void
  /** Makes task boxes (`- [ ] …`) checkboxes; `offset` is the box's `[` in `text`. */
  onToggleTask?: (offset: number, done: boolean) => void
}

/** Markdown rendered without raw HTML (react-markdown escapes it; no rehype-raw) and safe links. */
export function Markdown({ text, className, people, onOpenPerson, onToggleTask }: MarkdownProps) {
  const plugins = useMemo<PluggableList>(
    () => [() => rehypeTaskList(text), () => rehypeMentions(people ?? [])],
    [text, people],
  )
  const components = useMemo<Components>(
    () => ({
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
      span: ({ node, children, className: spanClass }) => {
        const personId = node?.properties['dataPersonId']
        if (typeof personId === 'string' && onOpenPerson) {
          return (
            <button
              type="button"
              className="mention mention-link"
              onClick={() => onOpenPerson(personId)}
            >
              {children}
            </button>
          )
        }
        return <span className={spanClass}>{children}</span>
      },
      input: ({ node, checked }) => {
        const offset = node?.properties['dataTaskOffset']
        if (typeof offset !== 'number') return null
        // Uncontrolled so a click shows at once; keyed on the saved state so a refresh (or
        // an undo) from the data puts the saved state back.
        return (
          <input
            key={String(Boolean(checked))}
            type="checkbox"
            className="task-box"
            defaultChecked={Boolean(checked)}
            disabled={!onToggleTask}
            aria-label={checked ? 'Done: untick this task' : 'Tick this task'}
            onChange={(event) => onToggleTask?.(offset, event.target.checked)}
          />
        )
      },
    }),
    [onOpenPerson, onToggleTask],
  )
  return (
    <div className={['markdown', className ?? ''].filter(Boolean).join(' ')}>
      <ReactMarkdown
        components={components}
        rehypePlugins={plugins}
        urlTransform={(url) => safeHref(url) ?? ''}
        skipHtml
      >
        {text}
      </ReactMarkdown>
    </div>
  )
}
