import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vaults opened without an explicit mark directory keep their high-water marks under the
    // config directory: a scratch one for tests, never the developer's own ~/.config/Kith.
    env: { XDG_CONFIG_HOME: join(tmpdir(), 'kith-test-config') },
  },
})
