import { z } from 'zod'
import type { MethodName } from './methods'

/** Method -> input and output schemas. Declared once; main, harness and renderer derive from it. */
export const contract = {
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      runtime: z.enum(['electron', 'browser-harness', 'cli', 'test']),
      dataDirectory: z.string(),
    }),
  },
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>

type Contract = typeof contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>

// Compile-time check that the allow-list has no method the contract lacks.
type MissingFromContract = Exclude<MethodName, keyof Contract>
const _contractCoversAllowList: MissingFromContract extends never ? true : false = true
void _contractCoversAllowList
