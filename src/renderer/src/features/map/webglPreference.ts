const KEY = 'kith.map.webgl'

/** Whether this browser can give Cytoscape a WebGL context at all. */
export function webglAvailable(doc: Document = document): boolean {
  try {
    return doc.createElement('canvas').getContext('webgl2') !== null
  } catch {
    return false
  }
}

/**
 * Cytoscape's WebGL renderer, where the user turned it on and the GPU allows it. Off by default:
 * on software GL it is slower than the canvas renderer. A device preference, not vault data.
 */
export function webglPreferred(storage: Pick<Storage, 'getItem'> = localStorage): boolean {
  return storage.getItem(KEY) === 'on' && webglAvailable()
}

export function setWebglPreferred(
  on: boolean,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  storage.setItem(KEY, on ? 'on' : 'off')
}
