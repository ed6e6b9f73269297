import type { PoolClient } from 'pg';

// A bulk load (the demo data on a first start, an import's COPY and merge) runs longer than any request may: the
// pool gives every session the API's statement_timeout (DB_STATEMENT_TIMEOUT_MS) and node-pg a client-side deadline
// (`query_timeout`, DB_QUERY_TIMEOUT_MS), and either would cut a COPY that a busy machine slows down ("canceling
// statement due to statement timeout" mid-COPY of the demo card transactions, then "Query read timeout").

/**
 * Runs `work` on `client` without node-pg's client-side deadline, restored afterwards. The server-side
 * statement_timeout is the caller's to lift, for its transaction (SET LOCAL) or its session.
 */
export async function withoutQueryDeadline<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  const params = (client as unknown as { connectionParameters?: { query_timeout?: number } })
    .connectionParameters;
  const deadline = params?.query_timeout;
  if (params) params.query_timeout = 0;
  try {
    return await work();
  } finally {
    if (params) params.query_timeout = deadline;
  }
}
