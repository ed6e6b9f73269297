import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 16: OIDC logins (linked identities, server-side login state, one-time hand-off codes), the AUDITOR role and
// the tamper-evident compliance trail.
//
// The trail is two tables: advice_audit (one row per piece of advice, now with the text as it was sent) and
// audit_event (every other audited action). Each row is chained to the one before it in its table: a BEFORE INSERT
// trigger takes the table's head in audit_chain (row lock: one writer at a time, any replica), numbers the row
// (chain_seq), stores the previous row's hash and computes row_hash = sha256(prev_hash || canonical row). The
// canonical row is the row's jsonb (keys sorted by PostgreSQL) without the two hash columns, rendered in UTC, so
// the same function recomputes it at verification time (`npm run audit:verify`). A changed row no longer matches
// its hash; a deleted row breaks the next row's link (or the head's count for the last one). Retention purges a
// prefix of the chain and moves the anchor (the first kept row and the hash it links to).
export class IdentityAndAuditTrail1767500000000 implements MigrationInterface {
  name = 'IdentityAndAuditTrail1767500000000';

  async up(q: QueryRunner): Promise<void> {
    // AUDITOR reads the compliance trail and nothing else; an OIDC-only login has no password.
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
         CHECK (role IN ('CUSTOMER', 'ANALYST', 'ADMIN', 'AUDITOR'))`,
    );
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);

    await q.query(`
      CREATE TABLE user_identity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        provider text NOT NULL,
        subject text NOT NULL,
        email text,
        created_at timestamptz NOT NULL,
        last_login_at timestamptz
      )`);
    // One subject links to one user; a user links at most one account per provider.
    await q.query(`CREATE UNIQUE INDEX user_identity_subject_uq ON user_identity (provider, subject)`);
    await q.query(`CREATE UNIQUE INDEX user_identity_user_provider_uq ON user_identity (user_id, provider)`);

    // state → nonce + PKCE verifier, single use (DELETE … RETURNING), shared by every replica.
    await q.query(`
      CREATE TABLE oidc_login_state (
        state_hash text PRIMARY KEY,
        provider text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('LOGIN', 'LINK')),
        user_id uuid,
        return_to text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX oidc_login_state_expires ON oidc_login_state (expires_at)`);
    // The callback hands the page a one-time code (never tokens in a URL); a mutation exchanges it for a session.
    // LOGIN: a linked user. REGISTER: a verified, unlinked identity whose customer profile the page completes
    // (nothing is created until then).
    await q.query(`
      CREATE TABLE oidc_handoff (
        code_hash text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('LOGIN', 'REGISTER')),
        provider text NOT NULL,
        user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        subject text,
        email text,
        name text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CHECK ((kind = 'LOGIN') = (user_id IS NOT NULL)),
        CHECK (kind = 'LOGIN' OR (subject IS NOT NULL AND email IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX oidc_handoff_expires ON oidc_handoff (expires_at)`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        actor_user_id uuid,
        actor_role text,
        customer_id uuid,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        chain_seq bigint NOT NULL,
        prev_hash text NOT NULL,
        row_hash text NOT NULL
      )`);
    // No foreign keys: the trail outlives deleted users and customers.
    await q.query(`CREATE UNIQUE INDEX audit_event_chain ON audit_event (chain_seq)`);
    await q.query(`CREATE INDEX audit_event_at ON audit_event (at, id)`);
    await q.query(`CREATE INDEX audit_event_customer_at ON audit_event (customer_id, at)`);
    await q.query(`CREATE INDEX audit_event_actor_at ON audit_event (actor_user_id, at)`);

    await q.query(`ALTER TABLE advice_audit ADD COLUMN sent_text text`);
    await q.query(`ALTER TABLE advice_audit ADD COLUMN chain_seq bigint`);
    await q.query(`ALTER TABLE advice_audit ADD COLUMN prev_hash text`);
    await q.query(`ALTER TABLE advice_audit ADD COLUMN row_hash text`);
    await q.query(`CREATE INDEX advice_audit_at ON advice_audit (at, id)`);
    await q.query(`CREATE INDEX advice_audit_user_at ON advice_audit (user_id, at)`);

    await q.query(`
      CREATE TABLE audit_chain (
        table_name text PRIMARY KEY,
        last_seq bigint NOT NULL,
        last_hash text NOT NULL,
        anchor_seq bigint NOT NULL,
        anchor_hash text NOT NULL
      )`);
    const genesis = '0'.repeat(64);
    await q.query(
      `INSERT INTO audit_chain VALUES ('advice_audit', 0, $1, 1, $1), ('audit_event', 0, $1, 1, $1)`,
      [genesis],
    );

    // The digest of one row: the same function at insert time and at verification time.
    await q.query(`
      CREATE FUNCTION fg_audit_digest(prev text, body jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT
      AS $$ SELECT encode(sha256(convert_to(prev || body::text, 'UTF8')), 'hex') $$`);
    await q.query(`
      CREATE FUNCTION fg_audit_chain() RETURNS trigger
      LANGUAGE plpgsql
      SET TimeZone = 'UTC'
      SET extra_float_digits = 1
      AS $$
      DECLARE head audit_chain%ROWTYPE;
      BEGIN
        SELECT * INTO head FROM audit_chain WHERE table_name = TG_TABLE_NAME FOR UPDATE;
        NEW.chain_seq := head.last_seq + 1;
        NEW.prev_hash := head.last_hash;
        NEW.row_hash := fg_audit_digest(NEW.prev_hash, to_jsonb(NEW) - 'prev_hash' - 'row_hash');
        UPDATE audit_chain SET last_seq = NEW.chain_seq, last_hash = NEW.row_hash WHERE table_name = TG_TABLE_NAME;
        RETURN NEW;
      END $$`);

    // Each row of a chained table as verification sees it: its stored links and the digest recomputed from its
    // content (rendered the way the trigger rendered it).
    await q.query(`
      CREATE FUNCTION fg_audit_rows(tbl text, after_seq bigint, max_rows integer)
      RETURNS TABLE (id bigint, chain_seq bigint, prev_hash text, row_hash text, expected text)
      LANGUAGE plpgsql STABLE
      SET TimeZone = 'UTC'
      SET extra_float_digits = 1
      AS $$
      BEGIN
        IF tbl NOT IN ('advice_audit', 'audit_event') THEN RAISE EXCEPTION 'not a chained table: %', tbl; END IF;
        RETURN QUERY EXECUTE format(
          'SELECT t.id, t.chain_seq, t.prev_hash, t.row_hash, '
          || 'fg_audit_digest(t.prev_hash, to_jsonb(t) - ''prev_hash'' - ''row_hash'') '
          || 'FROM %I t WHERE t.chain_seq > $1 ORDER BY t.chain_seq LIMIT $2', tbl)
          USING after_seq, max_rows;
      END $$`);

    // Chain the advice already recorded, in the order it was written.
    await q.query(`
      CREATE FUNCTION fg_audit_chain_existing_advice() RETURNS void
      LANGUAGE plpgsql
      SET TimeZone = 'UTC'
      SET extra_float_digits = 1
      AS $$
      DECLARE r record; prev text := '${genesis}'; seq bigint := 0; body jsonb; hash text;
      BEGIN
        FOR r IN SELECT a.id FROM advice_audit a ORDER BY a.id LOOP
          seq := seq + 1;
          UPDATE advice_audit SET chain_seq = seq WHERE advice_audit.id = r.id;
          SELECT to_jsonb(a) - 'prev_hash' - 'row_hash' INTO body FROM advice_audit a WHERE a.id = r.id;
          hash := fg_audit_digest(prev, body);
          UPDATE advice_audit SET prev_hash = prev, row_hash = hash WHERE advice_audit.id = r.id;
          prev := hash;
        END LOOP;
        UPDATE audit_chain SET last_seq = seq, last_hash = prev WHERE table_name = 'advice_audit';
      END $$`);
    await q.query(`SELECT fg_audit_chain_existing_advice()`);
    await q.query(`DROP FUNCTION fg_audit_chain_existing_advice()`);
    await q.query(`ALTER TABLE advice_audit ALTER COLUMN chain_seq SET NOT NULL`);
    await q.query(`ALTER TABLE advice_audit ALTER COLUMN prev_hash SET NOT NULL`);
    await q.query(`ALTER TABLE advice_audit ALTER COLUMN row_hash SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX advice_audit_chain ON advice_audit (chain_seq)`);
    for (const table of ['advice_audit', 'audit_event'])
      await q.query(
        `CREATE TRIGGER ${table}_chain BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION fg_audit_chain()`,
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await q.query(`DROP TRIGGER advice_audit_chain ON advice_audit`);
    await q.query(`DROP FUNCTION fg_audit_chain()`);
    await q.query(`DROP FUNCTION fg_audit_rows(text, bigint, integer)`);
    await q.query(`DROP FUNCTION fg_audit_digest(text, jsonb)`);
    await q.query(`DROP TABLE audit_chain`);
    await q.query(`DROP INDEX advice_audit_chain`);
    await q.query(`DROP INDEX advice_audit_at`);
    await q.query(`DROP INDEX advice_audit_user_at`);
    for (const column of ['sent_text', 'chain_seq', 'prev_hash', 'row_hash'])
      await q.query(`ALTER TABLE advice_audit DROP COLUMN ${column}`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP TABLE oidc_handoff`);
    await q.query(`DROP TABLE oidc_login_state`);
    await q.query(`DROP TABLE user_identity`);
    await q.query(`DELETE FROM app_user WHERE role = 'AUDITOR' OR password_hash IS NULL`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_role_check`);
    await q.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_role_check CHECK (role IN ('CUSTOMER', 'ANALYST', 'ADMIN'))`,
    );
  }
}
