import type { PoolClient } from 'pg';
import { quoteName } from '../../common/seed';

// A large merge into a small table: drop the table's indexes, insert, build them again — PostgreSQL's own advice for
// bulk loads ("Populating a Database", 14.4.3: "it might be a win to drop the indexes, load the table, and then
// recreate the indexes"). Inserting a million sales lines index by index cost 1.1 s for the primary key alone
// (a B-tree descent and a WAL record per line); building the same index from the finished heap by one sort, 0.5 s
// (bench/README.md, imports seventh round). The rebuild sorts every row of the table, old and new, so it only pays
// while the table is not larger than what the import brings — the first loads of a table, or a large import into
// a small one; later imports into a grown table keep inserting index by index.
//
// All of it runs in the import's one transaction: the dropped indexes come back before COMMIT, and any failure —
// a duplicate key the rebuilt primary key refuses, included — rolls the drop back with everything else. DROP
// takes an ACCESS EXCLUSIVE lock on the table until COMMIT: only for a target no request reads (ImportTarget
// `rebuildIndexes`).

/** The statements that drop a table's indexes and those that build them again, in that order. */
export interface IndexRebuild {
  drop: string[];
  build: string[];
}

/**
 * The rebuild for `table` when this merge should take it: at least `minRows` staged rows (0: never), the table's
 * heap no larger than the staging table's (bytes, the rows' cost to sort: no scan needed to decide), and no
 * foreign key pointing at the table (its referenced key cannot be dropped). Null otherwise, without indexes, or
 * with an invalid one.
 */
export async function plannedIndexRebuild(
  client: PoolClient,
  table: string,
  stage: string,
  stagedRows: number,
  minRows: number,
): Promise<IndexRebuild | null> {
  if (minRows <= 0 || stagedRows < minRows) return null;
  const { rows: sizes } = await client.query<{
    table_bytes: string;
    stage_bytes: string;
    referenced: boolean;
  }>(
    `SELECT pg_relation_size($1::regclass)::text AS table_bytes, pg_relation_size($2::regclass)::text AS stage_bytes,
            EXISTS (SELECT 1 FROM pg_constraint WHERE confrelid = $1::regclass AND contype = 'f') AS referenced`,
    [table, stage],
  );
  const size = sizes[0];
  if (size.referenced || BigInt(size.table_bytes) > BigInt(size.stage_bytes)) return null;
  // Constraint-backed indexes (primary key, unique, exclusion) are dropped and added back as constraints, the
  // others as indexes, each from PostgreSQL's own definition (name, method, columns, options).
  const { rows } = await client.query<{
    index: string;
    def: string;
    con: string | null;
    condef: string | null;
    valid: boolean;
  }>(
    `SELECT ic.relname AS index, pg_get_indexdef(i.indexrelid) AS def, c.conname AS con,
            pg_get_constraintdef(c.oid) AS condef, i.indisvalid AND i.indisready AS valid
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
     WHERE i.indrelid = $1::regclass
     ORDER BY ic.relname`,
    [table],
  );
  // An index left invalid (a failed CREATE INDEX CONCURRENTLY) is someone's unfinished work: built again here it
  // could fail the import (a unique one over duplicates) or hide the failure — leave the table as it is.
  if (rows.length === 0 || rows.some((r) => !r.valid)) return null;
  const t = quoteName(table);
  return {
    drop: rows.map((r) =>
      r.con ? `ALTER TABLE ${t} DROP CONSTRAINT ${quoteName(r.con)}` : `DROP INDEX ${quoteName(r.index)}`,
    ),
    build: rows.map((r) =>
      r.con ? `ALTER TABLE ${t} ADD CONSTRAINT ${quoteName(r.con)} ${r.condef}` : r.def,
    ),
  };
}
