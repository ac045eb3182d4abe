/** Who is calling, as the platform says (never as the payload says). */
export type Identity =
  /** The mini-program: CloudBase gives the function the caller's WeChat OPENID. */
  | { kind: 'openId'; openId: string }
  /** The local host: its login verified a session token for this person. */
  | { kind: 'person'; personId: string }
  /** Nobody we know. */
  | { kind: 'anonymous' }

/** Reads the caller from a function invocation's event and context. */
export type IdentityResolver = (event: unknown, context: unknown) => Promise<Identity>
