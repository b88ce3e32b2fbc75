import { contract, fail, isMethodName, ok, type MethodName, type Result } from '../shared/ipc'
import type { CoreEnvironment } from './context'
import { toApiError } from './errors'
import { handlers, type Handler } from './handlers'

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
    const value = await handler(parsed.data, env)
    return ok(spec.output.parse(value))
  } catch (error) {
    return { ok: false, error: toApiError(error, env.log) }
  }
}
