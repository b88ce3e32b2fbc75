import type {
  ApiError,
  ErrorCode,
  EventName,
  EventPayloads,
  MethodInput,
  MethodName,
  MethodOutput,
  Result,
} from '../../../shared/ipc'
import type { KithBridge } from './kithBridge'

/** A failed API call, with the stable code the core gave it. */
export class KithApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'KithApiError'
  }
}

function bridge(): KithBridge {
  if (!window.kith) throw new KithApiError('INTERNAL', 'Kith is not connected to its core.')
  return window.kith
}

/** Calls a contract method; resolves with its output or throws a KithApiError. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = (await bridge().call(method, input)) as Result<MethodOutput<M>>
  if (result.ok) return result.value
  const error: ApiError = result.error
  throw new KithApiError(error.code, error.message)
}

export function on<E extends EventName>(
  event: E,
  callback: (payload: EventPayloads[E]) => void,
): () => void {
  return bridge().on(event, (payload) => callback(payload as EventPayloads[E]))
}
