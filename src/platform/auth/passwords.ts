import argon2 from 'argon2';

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export class PasswordHasher {
  // Verifying against this when a user does not exist keeps unknown-user and wrong-password equally slow.
  private readonly dummy: Promise<string> = argon2.hash('fingraph-dummy-password', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** `undefined`: no such user; `null`: a user without a password (OIDC-only) — both fail as slowly as a miss. */
  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    try {
      if (hash === null) {
        await argon2.verify(await this.dummy, password);
        return false;
      }
      return await argon2.verify(hash ?? (await this.dummy), password);
    } catch {
      return false;
    }
  }
}
