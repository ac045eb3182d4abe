export * from './common'
export * from './roles'
export * from './roster'
export * from './study'
