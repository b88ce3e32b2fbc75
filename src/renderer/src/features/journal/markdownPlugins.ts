import type { Element, ElementContent, Root, RootContent } from 'hast'
import { lexMentions, taskBoxFrom, type MentionCandidate } from '../../../../shared/domain'

/**
 * Two small rehype transforms for entry bodies, working on the tree react-markdown builds so the
 * offsets they keep are offsets in the saved body:
 * - `@mentions` become `<span class="mention" data-person-id>` with the person's name (no `@`);
 * - list items starting with a task box (`- [ ] call Ana`) get a checkbox carrying the box's
 *   offset in the body, which is what `journal.toggleTask` takes.
 */

export function rehypeMentions(people: readonly MentionCandidate[]) {
  return (tree: Root) => {
    walk(tree, (parent) => {
      if (parent.type === 'element' && (parent.tagName === 'code' || parent.tagName === 'pre')) {
        return false
      }
      const next: RootContent[] = []
      let changed = false
      for (const child of parent.children) {
        if (child.type !== 'text' || !child.value.includes('@')) {
          next.push(child)
          continue
        }
        const value = child.value.normalize('NFC')
        const mentions = lexMentions(value, people)
        if (mentions.length === 0) {
          next.push(child)
          continue
        }
        changed = true
        let at = 0
        for (const mention of mentions) {
          if (mention.start > at) next.push({ type: 'text', value: value.slice(at, mention.start) })
          const person = mention.matches.length === 1 ? mention.matches[0] : undefined
          next.push({
            type: 'element',
            tagName: 'span',
            properties: {
              className: person ? ['mention'] : ['mention', 'mention-unknown'],
              ...(person ? { dataPersonId: person.id } : {}),
            },
            children: [{ type: 'text', value: person?.name ?? mention.text }],
          })
          at = mention.end
        }
        if (at < value.length) next.push({ type: 'text', value: value.slice(at) })
      }
      if (changed) parent.children = next
      return true
    })
  }
}

export function rehypeTaskList(body: string) {
  return (tree: Root) => {
    walk(tree, (parent) => {
      if (parent.type !== 'element' || parent.tagName !== 'li') return true
      const start = parent.position?.start.offset
      if (start === undefined) return true
      const box = taskBoxFrom(body, start)
      if (box === undefined) return true
      const text = firstText(parent)
      const match = text ? /^\[([ xX])\][ \t]?/u.exec(text.value) : null
      if (!text || !match) return true
      text.value = text.value.slice(match[0].length)
      const checkbox: Element = {
        type: 'element',
        tagName: 'input',
        properties: { type: 'checkbox', checked: match[1] !== ' ', dataTaskOffset: box },
        children: [],
      }
      const holder = firstHolder(parent)
      holder.children.unshift(checkbox)
      parent.properties = { ...parent.properties, className: ['task-item'] }
      return true
    })
  }
}

type Parent = Root | Element

/** Visits every parent depth first; `visit` returns false to skip a subtree. */
function walk(node: Parent, visit: (parent: Parent) => boolean): void {
  if (!visit(node)) return
  for (const child of node.children) {
    if (child.type === 'element') walk(child, visit)
  }
}

/** The list item's first text, directly in it or in its first paragraph (a loose list). */
function firstText(li: Element): { value: string } | undefined {
  const holder = firstHolder(li)
  const first = holder.children.find((c) => c.type !== 'text' || c.value.trim() !== '')
  return first?.type === 'text' ? first : undefined
}

function firstHolder(li: Element): Element {
  const first: ElementContent | undefined = li.children.find(
    (c) => c.type !== 'text' || c.value.trim() !== '',
  )
  return first?.type === 'element' && first.tagName === 'p' ? first : li
}
