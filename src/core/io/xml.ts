import {
  DOMParser,
  type XmlDocument as Document,
  type XmlElement as Element,
  type XmlNode as Node,
} from '@xmldom/xmldom/lib/index.js'
import { ImportFormatError } from './limits'

/**
 * Entity-expansion bombs ("billion laughs") and external entities live in the DOCTYPE; no graph
 * format needs one, so any DOCTYPE or ENTITY is refused before an XML parser sees the text.
 */
export function assertSafeXml(text: string): void {
  const doctype = /<!DOCTYPE|<!ENTITY/i.exec(text)
  if (doctype) {
    const line = text.slice(0, doctype.index).split('\n').length
    throw new ImportFormatError(
      'XML with a DOCTYPE/ENTITY declaration is refused (entity expansion is unsafe)',
      { line },
    )
  }
}

/**
 * Parses XML with xmldom, whose errors arrive through a callback while it recovers silently:
 * any error or fatal error makes the file unreadable, naming its line.
 */
export function parseXml(text: string, what: string): Document {
  assertSafeXml(text)
  const errors: string[] = []
  let doc: Document | undefined
  try {
    doc = new DOMParser({
      errorHandler: {
        warning: () => undefined,
        error: (message: string) => errors.push(message),
        fatalError: (message: string) => errors.push(message),
      },
    }).parseFromString(text, 'text/xml')
  } catch (error) {
    errors.push((error as Error).message)
  }
  if (errors.length > 0 || !doc?.documentElement) {
    const message = errors[0] ?? 'no root element'
    const line = /line:?\s*(\d+)/i.exec(message)?.[1]
    throw new ImportFormatError(
      `not a readable ${what} file: ${message
        .replace(/^\[xmldom \w+\]\s*/, '')
        .split('\n')[0]
        ?.slice(0, 200)}`,
      line ? { line: Number(line) } : {},
    )
  }
  return doc
}

/** Child elements, whatever their namespace prefix (`<ns:node>` is a node). */
export function childElements(node: Node, localName?: string): Element[] {
  const out: Element[] = []
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 1) continue
    const el = child as Element
    if (localName === undefined || el.localName === localName) out.push(el)
  }
  return out
}

/** All descendant elements with that local name, in document order. */
export function descendants(node: Node, localName: string): Element[] {
  const out: Element[] = []
  const walk = (n: Node) => {
    for (const el of childElements(n)) {
      if (el.localName === localName) out.push(el)
      walk(el)
    }
  }
  walk(node)
  return out
}
