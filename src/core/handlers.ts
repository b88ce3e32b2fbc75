import { z } from 'zod'
import type { MethodName, MethodOutput, ParsedInput } from '../shared/ipc'
import type { CoreEnvironment } from './context'

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  env: CoreEnvironment,
) => Promise<MethodOutput<M>> | MethodOutput<M>

export type Handlers = { [M in MethodName]: Handler<M> }

/**
 * The single source of truth for what the renderer may ask. Every method of the contract must
 * have a handler here: a missing one is a compile error through `satisfies`.
 */
export const handlers = {
  'app.info': (_input, env) => ({
    name: 'Kith',
    version: env.version,
    platform: env.platform,
    runtime: env.runtime,
    dataDirectory: env.dataDirectory,
  }),
} satisfies Handlers

export const emptyInput = z.object({}).strict()
