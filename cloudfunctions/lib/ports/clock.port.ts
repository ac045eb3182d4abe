/** The time source, injected so tests can stand on any day. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
