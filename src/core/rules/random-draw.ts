// A small seeded PRNG and a shuffle, so a random draw of units can be redone by anyone who has
// the seed and the candidate list (SPEC §3: "reproducibly from a recorded seed").

/** The largest seed: seeds are 32-bit unsigned integers. */
export const MAX_SEED = 0xffffffff

/** True for a whole number in 0..2^32-1. */
export function isSeed(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_SEED
}

/**
 * mulberry32: a tiny, well-mixed 32-bit generator. Returns numbers in [0, 1); the same seed
 * always gives the same sequence on every JavaScript engine (only 32-bit integer maths).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const tmp = out[i]
    out[i] = out[j]
    out[j] = tmp
  }
  return out
}

/** The candidates in the canonical order a draw uses (by id), so the caller's order never matters. */
export function canonicalCandidates(candidateIds: readonly string[]): string[] {
  return [...new Set(candidateIds)].sort()
}

/**
 * Draws `count` of the candidates with the seed: shuffles the canonical list and takes the first
 * `count`. Drawing again with the same seed and candidates gives the same units in the same order.
 */
export function drawUnits(candidateIds: readonly string[], count: number, seed: number): string[] {
  if (!isSeed(seed)) throw new Error(`seed must be a 32-bit unsigned integer, got ${seed}`)
  const candidates = canonicalCandidates(candidateIds)
  return shuffle(candidates, mulberry32(seed)).slice(0, Math.max(0, Math.min(count, candidates.length)))
}

/**
 * True when the stored picks are exactly what the seed gives for the stored candidates. A seed
 * outside 32 bits is never reproducible (2^32 would wrap to seed 0), so it answers false rather
 * than throwing: the plan's page shows the draw as not verifiable instead of failing.
 */
export function verifyDraw(draw: {
  candidateIds: readonly string[]
  count: number
  seed: number
  pickedIds: readonly string[]
}): boolean {
  if (!isSeed(draw.seed)) return false
  const again = drawUnits(draw.candidateIds, draw.count, draw.seed)
  return again.length === draw.pickedIds.length && again.every((id, i) => id === draw.pickedIds[i])
}
