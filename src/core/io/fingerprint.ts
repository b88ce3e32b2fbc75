/**
 * A short FNV-1a fingerprint of a text, to recognise later whether a long field (notes, a photo)
 * still holds what an import put there without storing a second copy of it. Not a security hash:
 * it only decides whether undo may clear the field.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`
}
