import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { BoundedMap } from '../../common/bounded-map';

/**
 * Automatic prepared statements for the `pg` pool (issue 15: the chat's first token). node-pg sends every
 * parameterised statement unnamed, so PostgreSQL parses and analyses its text again on every execution — on the
 * chat's send path ≈ 8 statements before the model is asked, each parsed again on the cores the API shares. Like
 * Npgsql's "Max Auto Prepare", a statement text run `minUses` times gets a stable name; node-pg then parses it once
 * per connection and afterwards sends only Bind/Execute, and PostgreSQL's plan cache decides custom or generic
 * plans as it does for any prepared statement. At most `maxStatements` texts are ever named (a process-wide cap:
 * each pool connection keeps at most that many statements); texts without parameters (transaction control,
 * migrations' multi-statement scripts) stay on the simple protocol.
 *
 * Not for a pooler in transaction mode (PgBouncer before 1.21 hands a session's statements to other clients):
 * `DB_AUTO_PREPARE=false` turns it off.
 */
export interface AutoPrepareOptions {
  /** Executions of one text before it is named (its first ones stay unnamed: one-off statements never are). */
  minUses: number;
  /** Named texts at most, for the process. */
  maxStatements: number;
}

export const AUTO_PREPARE_DEFAULTS: AutoPrepareOptions = { minUses: 3, maxStatements: 200 };

/** Which statement texts are named, and their names. */
export class StatementNames {
  private readonly uses: BoundedMap<string, number>;
  private readonly names = new Map<string, string>();
  private readonly never = new Set<string>();
  /** Texts ever named (an unnamed one keeps its slot: its statement still exists on the connections it ran on). */
  private slots = 0;

  constructor(private readonly opts: AutoPrepareOptions = AUTO_PREPARE_DEFAULTS) {
    this.uses = new BoundedMap(Math.max(opts.maxStatements * 8, 1));
  }

  /** The name for this execution of `text`, or undefined to run it unnamed. */
  nameFor(text: string): string | undefined {
    const named = this.names.get(text);
    if (named !== undefined) return named;
    if (this.slots >= this.opts.maxStatements || this.never.has(text)) return undefined;
    const n = (this.uses.get(text) ?? 0) + 1;
    if (n < this.opts.minUses) {
      this.uses.set(text, n);
      return undefined;
    }
    const name = `fg_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`;
    this.names.set(text, name);
    this.slots++;
    return name;
  }

  /**
   * From now on `text` runs unnamed: its result columns follow a table that changed under it (`SELECT *` after a
   * migration added a column: PostgreSQL refuses to re-plan a prepared statement into another row type).
   */
  unname(text: string): void {
    this.never.add(text);
    this.names.delete(text);
  }

  /** Slots used: texts named so far, including those unnamed since. */
  get size(): number {
    return this.slots;
  }
}

/** PostgreSQL's refusal to run a prepared statement whose result columns changed (feature_not_supported). */
export const isResultTypeChange = (error: unknown): boolean =>
  (error as { code?: string }).code === '0A000' &&
  /cached plan must not change result type/.test((error as Error).message);

type QueryFn = (...args: unknown[]) => unknown;
interface PgClientInternals {
  query: QueryFn;
  connection: {
    parsedStatements: Record<string, string>;
    on(event: 'readyForQuery', listener: (msg: { status: string }) => void): void;
  };
  [WRAPPED]?: true;
}
const WRAPPED = Symbol('fingraph.autoPrepare');

/**
 * The statements of ours that already exist in the connection's session, read before its first statement (pg runs a
 * client's statements in order, and this one's callback fills node-pg's own record before the next is sent). On
 * PostgreSQL a new connection is a new session and this finds none; PGlite's socket server keeps one session for
 * every connection, so a statement prepared by a closed connection is there for the next, which must not prepare
 * it again ("prepared statement already exists").
 */
const EXISTING = `SELECT name, statement FROM pg_prepared_statements WHERE name LIKE 'fg\\_%'`;

/** Names the pool's parameterised statements (see above) on every client it hands out. */
export function autoPrepare(pool: Pool, names = new StatementNames()): StatementNames {
  pool.on('acquire', (client: PoolClient) => {
    const c = client as unknown as PgClientInternals;
    if (c[WRAPPED]) return;
    c[WRAPPED] = true;
    const query = c.query;
    query.call(
      c,
      EXISTING,
      (error: Error | null, result?: { rows: { name: string; statement: string }[] }) => {
        if (error) return; // the next statement reports a broken connection
        for (const row of result!.rows) c.connection.parsedStatements[row.name] = row.statement;
      },
    );
    // The session's transaction state after each statement ('I' outside a transaction).
    let status = 'I';
    c.connection.on('readyForQuery', (msg) => (status = msg.status));
    c.query = function (this: unknown, ...args: unknown[]) {
      const [text, values, callback] = args;
      if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
        const name = names.nameFor(text);
        if (name !== undefined) {
          if (callback !== undefined) return query.call(this, { name, text, values }, callback);
          // A statement whose row type changed runs unnamed from now on — this once too, unless the failure
          // aborted a transaction (the caller's to roll back; its next run is unnamed).
          return (query.call(this, { name, text, values }) as Promise<unknown>).catch((error: unknown) => {
            if (!isResultTypeChange(error)) throw error;
            names.unname(text);
            if (status !== 'I') throw error;
            return query.call(this, text, values);
          });
        }
      }
      return query.apply(this, args);
    };
  });
  return names;
}
