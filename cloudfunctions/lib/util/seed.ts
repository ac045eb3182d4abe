import { randomInt } from 'crypto'

/** A fresh seed for a random draw: a uniformly random 32-bit unsigned integer. */
export function randomSeed(): number {
  // randomInt's upper bound is exclusive and must stay below 2^48.
  return randomInt(0, 0x100000000)
}
