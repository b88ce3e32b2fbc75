import { z } from 'zod'
import { empty, passphrase, recoveryKey } from './common'

export const vaultStatusSchema = z.object({
  /** none: no vault file yet (first run); locked; unlocked. */
  state: z.enum(['none', 'locked', 'unlocked']),
  vaultName: z.string(),
  isDemo: z.boolean(),
  readOnly: z.boolean(),
  recovery: z.object({ reason: z.string(), badRecordIds: z.array(z.string()) }).nullable(),
  /** The file is older than (or forked from) the newest state this device saw: read-only. */
  rollback: z
    .object({ fileEpoch: z.number(), markEpoch: z.number(), message: z.string() })
    .nullable(),
  /** The device's high-water mark for this vault is missing: a warning until acknowledged. */
  markMissing: z.string().nullable(),
  warning: z.string().nullable(),
  ownerName: z.string().nullable(),
  autoLockMinutes: z.number(),
  canUndo: z.string().nullable(),
})
export type VaultStatusView = z.infer<typeof vaultStatusSchema>

/** A vault's name is its file name in the data folder, without `.kith`. */
export const vaultName = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/, 'letters, digits, spaces, - and _ only')

const secret = z.union([z.object({ passphrase }).strict(), z.object({ recoveryKey }).strict()])

export const vaultMethods = {
  'vault.status': { input: empty, output: vaultStatusSchema },
  'vault.create': {
    input: z.object({ ownerName: z.string().trim().min(1).max(200), passphrase }).strict(),
    output: z.object({ recoveryKey: z.string() }),
  },
  'vault.createDemo': {
    input: empty,
    output: z.object({ passphrase: z.string(), people: z.number() }),
  },
  'vault.unlock': { input: secret, output: vaultStatusSchema },
  'vault.lock': { input: empty, output: vaultStatusSchema },
  'vault.list': {
    input: empty,
    output: z.array(z.object({ name: z.string(), current: z.boolean() })),
  },
  'vault.switch': {
    input: z.object({ name: vaultName }).strict(),
    output: vaultStatusSchema,
  },
  'vault.changePassphrase': {
    input: z
      .object({
        /** The current passphrase (or recovery key); optional only right after a recovery-key unlock. */
        current: secret.optional(),
        next: passphrase,
      })
      .strict(),
    output: z.object({}),
  },
  'vault.backup': {
    input: z.object({ passphrase }).strict(),
    output: z.object({ fileName: z.string(), bytes: z.number() }),
  },
  'vault.listBackups': {
    input: empty,
    output: z.array(z.object({ fileName: z.string(), bytes: z.number(), modifiedAt: z.string() })),
  },
  'vault.restore': {
    input: z
      .object({
        fileName: z.string().max(300).optional(),
        /** A backup file the user picked, base64-encoded (the page never sees paths). */
        contentBase64: z
          .string()
          .max(96 * 1024 * 1024)
          .optional(),
        passphrase,
      })
      .strict()
      .refine((v) => (v.fileName === undefined) !== (v.contentBase64 === undefined), {
        message: 'give either a backup file name or its content',
      }),
    output: z.object({ vaultName: z.string() }),
  },
  /** "This older copy is the one I want": re-bases the high-water mark; logged in the vault. */
  'vault.acceptOlderCopy': { input: empty, output: vaultStatusSchema },
  'vault.acknowledgeMissingMark': { input: empty, output: vaultStatusSchema },
  'vault.exportVerified': {
    input: empty,
    output: z.object({ fileName: z.string(), records: z.number() }),
  },
} as const
