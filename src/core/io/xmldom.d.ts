/**
 * The few xmldom shapes the graph readers use. Imported by its file path because the package's
 * own typings reference the DOM lib, which would put browser globals into core's type scope.
 */
declare module '@xmldom/xmldom/lib/index.js' {
  export interface XmlNode {
    readonly nodeType: number
    readonly firstChild: XmlNode | null
    readonly nextSibling: XmlNode | null
    readonly localName: string | null
    readonly textContent: string | null
  }
  export interface XmlElement extends XmlNode {
    getAttribute(name: string): string | null
  }
  export interface XmlDocument extends XmlNode {
    readonly documentElement: XmlElement | null
  }
  export class DOMParser {
    constructor(options?: {
      errorHandler?: {
        warning?: (message: string) => void
        error?: (message: string) => void
        fatalError?: (message: string) => void
      }
    })
    parseFromString(source: string, mimeType: string): XmlDocument
  }
}
