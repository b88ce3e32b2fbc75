import { contract, fail, isMethodName, ok, type MethodName, type Result } from '../shared/ipc'
import type { CoreEnvironment } from './context'
import { toApiError } from './errors'
import { handlers, type Handler } from './handlers'
import { sessionOf } from './session/kithSession'

/** User actions that Undo can reverse, with the words the Undo toast uses. */
const UNDOABLE: Partial<Record<MethodName, string>> = {
  'people.create': 'Add person',
  'people.update': 'Edit person',
  'people.trash': 'Delete person',
  'people.restore': 'Restore person',
  'people.merge': 'Merge people',
  'ties.create': 'Add tie',
  'ties.update': 'Edit tie',
  'ties.remove': 'Remove tie',
  'ties.reviewSuggested': 'Review suggested tie',
  'ties.reviewLikely': 'Review likely ties',
  'journal.log': 'Log entry',
  'journal.update': 'Edit entry',
  'journal.delete': 'Delete entry',
  'journal.toggleTask': 'Tick task',
  'introductions.create': 'Add introduction',
  'introductions.transition': 'Move introduction',
  'suggestions.dismiss': 'Dismiss suggestion',
  'suggestions.snooze': 'Snooze suggestion',
  'clusters.rename': 'Rename cluster',
  'keepInTouch.snooze': 'Snooze reminder',
  'reachOut.snooze': 'Put aside',
}

/**
 * The edge every call passes through, from Electron's IPC or from the browser harness:
 * allow-listed method -> zod-parsed input -> handler -> output parsed (unknown fields stripped)
 * -> Result envelope. Never throws.
 */
export async function dispatch(
  method: unknown,
  input: unknown,
  env: CoreEnvironment,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('UNKNOWN_METHOD', 'Unknown API method.')
  const spec = contract[method]
  const parsed = spec.input.safeParse(input ?? {})
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.length ? ` at ${first.path.join('.')}` : ''
    return fail('BAD_INPUT', `Invalid input for ${method}${where}: ${first?.message ?? 'invalid'}`)
  }
  try {
    const handler = handlers[method] as Handler<MethodName>
    const label = UNDOABLE[method]
    const run = async () => handler(parsed.data, env)
    const value = label ? await sessionOf(env).runAction(label, run) : await run()
    return ok(spec.output.parse(value))
  } catch (error) {
    return { ok: false, error: toApiError(error, env.log) }
  }
}
