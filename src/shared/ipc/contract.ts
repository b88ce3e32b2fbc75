import { z } from 'zod'
import type { MethodName } from './methods'
import { empty } from './schemas/common'
import { ioMethods } from './schemas/io'
import { reachOutMethods } from './schemas/reachOut'
import { recordMethods } from './schemas/records'
import { vaultMethods } from './schemas/vault'

/** Method -> input and output schemas. Declared once; main, harness and renderer derive from it. */
export const contract = {
  'app.info': {
    input: empty,
    output: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      runtime: z.enum(['electron', 'browser-harness', 'cli', 'test']),
      dataDirectory: z.string(),
    }),
  },
  ...vaultMethods,
  ...recordMethods,
  ...reachOutMethods,
  ...ioMethods,
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>

type Contract = typeof contract
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>

// The allow-list (methods.ts) and the contract must name the same methods, both ways.
type Extra = Exclude<keyof Contract, MethodName>
const _noMethodOutsideAllowList: [Extra] extends [never] ? true : false = true
void _noMethodOutsideAllowList
