import type { MethodName, MethodOutput, ParsedInput } from '../../shared/ipc'
import type { CoreEnvironment } from '../context'

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  env: CoreEnvironment,
) => Promise<MethodOutput<M>> | MethodOutput<M>

/** Handlers for a subset of the contract: each domain module declares its own. */
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> }
export type Handlers = HandlerGroup<MethodName>
