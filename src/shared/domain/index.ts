export * from './ids'
export * from './time'
export * from './records'
export * from './evidence'
