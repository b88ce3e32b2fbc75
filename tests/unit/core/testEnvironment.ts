import type { CoreEnvironment } from '../../../src/core/context'

export function testEnvironment(overrides: Partial<CoreEnvironment> = {}): CoreEnvironment {
  return {
    runtime: 'test',
    version: '0.0.0-test',
    platform: 'linux',
    dataDirectory: '/tmp/kith-test',
    clock: () => new Date('2026-11-26T09:00:00.000Z'),
    emit: () => undefined,
    log: () => undefined,
    ...overrides,
  }
}
