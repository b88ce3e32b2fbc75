/**
 * Spawned by crash.test.ts (`node --import tsx crashChild.ts MODE PATH PASSPHRASE [MARK_DIR]`) and
 * killed with SIGKILL.
 * Prints `ack <id>` only after a commit resolved, so every printed id must survive the crash.
 */
import { openVault, UNSAFE_TEST_KDF_POLICY } from '../../../src/core/vault'
import { newId, type EntryId } from '../../../src/shared/domain'

const [mode, path, passphrase, markDirectory] = process.argv.slice(2)
const NOW = '2026-11-26T09:30:00.000Z'

async function main(): Promise<void> {
  if (!path || !passphrase) throw new Error('usage: crashChild MODE PATH PASSPHRASE')
  const vault = await openVault(
    path,
    { passphrase },
    { kdfPolicy: UNSAFE_TEST_KDF_POLICY, ...(markDirectory ? { markDirectory } : {}) },
  )
  process.stdout.write('ready\n')
  for (let i = 0; ; i++) {
    if (mode === 'passwd') {
      const next = i % 2 === 0 ? 'passphrase-B' : 'passphrase-A'
      await vault.changePassphrase(next)
      process.stdout.write(`ack ${next}\n`)
      continue
    }
    const id = newId<EntryId>()
    await vault.commit({
      put: [
        {
          kind: 'entry',
          id,
          at: NOW,
          type: 'note',
          title: `entry ${i}`,
          body: 'b'.repeat(i % 700),
          participants: [],
          followUpDone: false,
          createdAt: NOW,
          updatedAt: NOW,
        },
      ],
    })
    process.stdout.write(`ack ${id}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.name : 'error'}\n`)
  process.exit(1)
})
