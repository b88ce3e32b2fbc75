import path from 'node:path'
import { KithError } from '../errors'
import { writeFileAtomic } from '../io'
import { sessionOf } from '../session/kithSession'
import { backupsDirectory, ensureDirectory, fileStamp, listBackups } from '../session/vaultFiles'
import type { vaultMethods } from '../../shared/ipc'
import type { HandlerGroup } from './types'

type VaultMethod = keyof typeof vaultMethods

export const vaultHandlers: HandlerGroup<VaultMethod> = {
  'vault.status': (_input, env) => sessionOf(env).status(),
  'vault.create': async (input, env) => {
    const recoveryKey = await sessionOf(env).create(input.ownerName, input.passphrase)
    return { recoveryKey }
  },
  'vault.createDemo': (_input, env) => sessionOf(env).createDemo(),
  'vault.unlock': async (input, env) => {
    const session = sessionOf(env)
    await session.unlock(input)
    return session.status()
  },
  'vault.lock': async (_input, env) => {
    const session = sessionOf(env)
    await session.lock('manual')
    return session.status()
  },
  'vault.list': (_input, env) => sessionOf(env).list(),
  'vault.switch': async (input, env) => {
    const session = sessionOf(env)
    await session.switchTo(input.name)
    return session.status()
  },
  'vault.changePassphrase': async (input, env) => {
    const session = sessionOf(env)
    await session.changePassphrase(input.current, input.next)
    return {}
  },
  'vault.backup': (input, env) => sessionOf(env).backup(input.passphrase),
  'vault.listBackups': (_input, env) => listBackups(env.dataDirectory),
  'vault.restore': async (input, env) => {
    const content =
      input.contentBase64 === undefined ? undefined : Buffer.from(input.contentBase64, 'base64')
    if (content && content.length === 0) throw new KithError('Invalid', 'The backup file is empty.')
    const vaultName = await sessionOf(env).restore(
      { ...(input.fileName ? { fileName: input.fileName } : {}), ...(content ? { content } : {}) },
      input.passphrase,
    )
    return { vaultName }
  },
  'vault.acceptOlderCopy': async (_input, env) => {
    const session = sessionOf(env)
    await session.acceptOlderCopy()
    return session.status()
  },
  'vault.acknowledgeMissingMark': async (_input, env) => {
    const session = sessionOf(env)
    await session.acknowledgeMissingMark()
    return session.status()
  },
  'vault.exportVerified': async (_input, env) => {
    const session = sessionOf(env)
    const records = await session.require().exportVerified()
    const dir = backupsDirectory(env.dataDirectory)
    ensureDirectory(dir)
    const fileName = `${session.vaultName}-verified-${fileStamp(env.clock())}.json`
    // WARNING: plaintext by the user's explicit choice in recovery mode; the screen says so.
    await writeFileAtomic(
      path.join(dir, fileName),
      JSON.stringify({ format: 'kith', version: 1, records }, null, 2),
      { overwrite: false },
    )
    return { fileName, records: records.length }
  },
}
