import type { Identity, IdentityResolver } from '../lib/ports/identity.port'

// The local host verifies the session token itself and hands `main` a context naming the
// person, just as CloudBase hands the function its caller. The request body never reaches here.

/** The `context` the local host passes to a function's `main`. */
export interface LocalContext {
  host: 'local'
  /** The person the verified session token names, or null for no/invalid token. */
  personId: string | null
}

/** Builds the context for one call. */
export function localContext(personId: string | null): LocalContext {
  return { host: 'local', personId }
}

function isLocalContext(context: unknown): context is LocalContext {
  return typeof context === 'object' && context !== null && (context as { host?: unknown }).host === 'local'
}

/** The local host's IdentityResolver: the person from the context, else anonymous. */
export const localIdentityResolver: IdentityResolver = async (_event, context): Promise<Identity> => {
  if (isLocalContext(context) && typeof context.personId === 'string') return { kind: 'person', personId: context.personId }
  return { kind: 'anonymous' }
}
