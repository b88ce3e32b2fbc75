/**
 * Markdown task lists ("- [ ] call Ana", "1. [x] send deck") in an entry's body: the one rule the
 * renderer (checkboxes) and the core (toggling one and saving) agree on.
 */

/** A list item line whose content starts with a task box; group 2 is the box. */
const TASK_LINE = /^([ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)(\[[ xX]\])(?=[ \t]|$)/u

/** Whether the box at `offset` (its `[`) is a task box on a list line, and whether it is ticked. */
export function taskBoxAt(body: string, offset: number): { done: boolean } | undefined {
  if (offset < 0 || offset >= body.length) return undefined
  const lineStart = body.lastIndexOf('\n', offset - 1) + 1
  const match = TASK_LINE.exec(body.slice(lineStart))
  if (!match || lineStart + match[1]!.length !== offset) return undefined
  return { done: match[2] !== '[ ]' }
}

/** The first task box at or after `offset` on the same line (a list item's start), if any. */
export function taskBoxFrom(body: string, offset: number): number | undefined {
  const lineStart = body.lastIndexOf('\n', offset - 1) + 1
  const match = TASK_LINE.exec(body.slice(lineStart))
  if (!match) return undefined
  const box = lineStart + match[1]!.length
  return box >= offset ? box : undefined
}

/** The body with the task box at `offset` ticked or cleared; undefined when there is no box there. */
export function setTaskBox(body: string, offset: number, done: boolean): string | undefined {
  if (!taskBoxAt(body, offset)) return undefined
  return `${body.slice(0, offset)}${done ? '[x]' : '[ ]'}${body.slice(offset + 3)}`
}
