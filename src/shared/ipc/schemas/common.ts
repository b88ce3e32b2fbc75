import { z } from 'zod'
import { idSchema } from '../../domain'

export const empty = z.object({}).strict()
export const byId = z.object({ id: idSchema }).strict()
/** Passphrases: bounded here so nothing oversized reaches the KDF (the vault checks again). */
export const passphrase = z.string().min(1, 'a passphrase is required').max(1024)
export const recoveryKey = z.string().min(1).max(200)
/** Destructive actions answer with what Undo would undo. */
export const undoable = z.object({ undoLabel: z.string() })
export const timeZone = z.string().min(1).max(100)
