import { GraphQLError, locatedError } from 'graphql';
import { Client, Pool } from 'pg';
import { createClient } from 'redis';
import { QueryFailedError } from 'typeorm';
import { RedisCommandTimeoutError } from '../redis';
import { connectivityFailure } from './connectivity';

// The errors are produced by the real libraries against a port where nothing listens (port 1), not hand-made.

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('connectivityFailure', () => {
  it('recognises node-pg connection failures, bare and wrapped by TypeORM and graphql-js', async () => {
    const refused = await rejection(new Client({ host: '127.0.0.1', port: 1 }).connect());
    expect(connectivityFailure(refused)).not.toBeNull();
    const wrapped = new QueryFailedError('SELECT 1', [], refused as Error);
    expect(connectivityFailure(wrapped)).not.toBeNull();
    expect(connectivityFailure(locatedError(wrapped, undefined, ['me']))).not.toBeNull();
  });

  it('recognises pool exhaustion and the client-side query timeout', async () => {
    const pool = new Pool({ host: '127.0.0.1', port: 1, connectionTimeoutMillis: 50, max: 1 });
    const error = await rejection(pool.query('SELECT 1'));
    await pool.end();
    expect(connectivityFailure(error)).not.toBeNull();
    expect(connectivityFailure(new Error('timeout exceeded when trying to connect'))).toBe('database');
    expect(connectivityFailure(new QueryFailedError('SELECT 1', [], new Error('Query read timeout')))).toBe(
      'database',
    );
  });

  it('recognises PostgreSQL SQLSTATEs of a server going away or too slow, not other SQL errors', () => {
    const sqlError = (code: string) => Object.assign(new Error('x'), { code });
    for (const code of ['08006', '08001', '57P01', '57P03', '53300', '57014'])
      expect(connectivityFailure(sqlError(code))).toBe('database');
    for (const code of ['23505', '22P02', '42P01', '40001'])
      expect(connectivityFailure(sqlError(code))).toBeNull();
  });

  it('recognises node-redis errors of a closed, offline or unreachable client and our command timeout', async () => {
    const client = createClient({ url: 'redis://127.0.0.1:1', disableOfflineQueue: true });
    const closed = await rejection(client.get('k'));
    expect(connectivityFailure(closed)).toBe('redis');
    expect(connectivityFailure(new RedisCommandTimeoutError('GET', 500))).toBe('redis');
    // graphql-js wraps a rejection that is not an Error (node-redis can reject with a bare socket error).
    const bare = { errno: -111, code: 'ECONNREFUSED', syscall: 'connect' };
    expect(connectivityFailure(locatedError(bare, undefined, ['login']))).toBe('network');
  });

  it('leaves bugs and domain errors alone', () => {
    expect(
      connectivityFailure(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBeNull();
    expect(connectivityFailure(new GraphQLError('Unknown field'))).toBeNull();
    expect(connectivityFailure(undefined)).toBeNull();
    expect(connectivityFailure('timeout')).toBeNull();
  });
});
