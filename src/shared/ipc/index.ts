export * from './result'
export * from './events'
export * from './methods'
export * from './contract'
