export { generateDemoNetwork, DEFAULT_DEMO_PEOPLE } from './generateDemoNetwork'
export type { DemoCircle, DemoNetwork, DemoOptions } from './generateDemoNetwork'
export { DemoVaultNotEmptyError, fillDemoVault } from './fillDemoVault'
export type { FillDemoOptions, FillDemoResult } from './fillDemoVault'
