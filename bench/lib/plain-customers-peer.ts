import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import DataLoader from 'dataloader';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Pool, QueryResultRow } from 'pg';
import { REGION_NAMES_KO } from '../../src/modules/customers/customer.enums';

// The peer: what a developer writes by hand for the same query with nothing but Apollo Server 5, express 5 and
// `pg`. Hand-written SDL, resolvers straight over a pool, no auth, no validation limits, no error masking, no
// ORM. Logins come from one batched query per request (a DataLoader), like ours. It is the floor for
// "what do our layers cost".

const typeDefs = `#graphql
  type Money {
    amount: String!
    currency: String!
  }
  enum Role {
    ADMIN
    ANALYST
    CUSTOMER
  }
  type CustomerLogin {
    email: String!
    role: Role!
    lastLoginAt: String
  }
  type Customer {
    id: ID!
    name: String!
    age: Int!
    regionName: String!
    annualIncome: Money!
    creditScore: Int!
    login: CustomerLogin
  }
  type CustomerEdge {
    node: Customer!
  }
  type CustomerConnection {
    totalCount: Int!
    edges: [CustomerEdge!]!
  }
  type Query {
    customers(first: Int = 20): CustomerConnection!
  }
`;

interface CustomerRow {
  id: string;
  name: string;
  birth_date: string;
  region: keyof typeof REGION_NAMES_KO;
  annual_income: string;
  credit_score: number;
}

interface LoginRow {
  customer_id: string;
  email: string;
  role: string;
  last_login_at: Date | null;
}

interface PeerContext {
  /** pool.query that counts the statements of this request. */
  query<R extends QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Shared by reference: Apollo hands resolvers and plugins a shallow clone of the context object. */
  sql: { statements: number };
  today: string;
  loginByCustomerId: DataLoader<string, LoginRow | null>;
}

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = today.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const resolvers = {
  Query: {
    customers: async (_: unknown, args: { first: number }, ctx: PeerContext) => {
      const rows = await ctx.query<CustomerRow>(
        `SELECT id, name, birth_date::text AS birth_date, region, annual_income::text AS annual_income, credit_score
           FROM customer ORDER BY created_at, id LIMIT $1`,
        [args.first],
      );
      return { edges: rows.map((node) => ({ node })) };
    },
  },
  CustomerConnection: {
    totalCount: async (_: unknown, __: unknown, ctx: PeerContext) =>
      (await ctx.query<{ n: number }>('SELECT count(*)::int AS n FROM customer'))[0].n,
  },
  Customer: {
    id: (c: CustomerRow) => Buffer.from(`Customer:${c.id}`, 'utf8').toString('base64url'),
    age: (c: CustomerRow, _: unknown, ctx: PeerContext) => ageOn(c.birth_date, ctx.today),
    regionName: (c: CustomerRow) => REGION_NAMES_KO[c.region],
    annualIncome: (c: CustomerRow) => ({ amount: c.annual_income, currency: 'KRW' }),
    creditScore: (c: CustomerRow) => c.credit_score,
    login: (c: CustomerRow, _: unknown, ctx: PeerContext) => ctx.loginByCustomerId.load(c.id),
  },
  CustomerLogin: {
    lastLoginAt: (u: LoginRow) => u.last_login_at?.toISOString() ?? null,
  },
};

export interface PlainPeer {
  readonly url: string;
  readonly pool: Pool;
  stop(): Promise<void>;
}

export async function startPlainCustomersPeer(opts: {
  databaseUrl: string;
  poolMax: number;
}): Promise<PlainPeer> {
  const pool = new Pool({ connectionString: opts.databaseUrl, max: opts.poolMax });
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<PeerContext>({
    typeDefs,
    resolvers,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        requestDidStart: async () => ({
          willSendResponse: async ({ response, contextValue }) => {
            response.http.headers.set('x-sql-statements', String(contextValue.sql.statements));
          },
        }),
      },
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, {
      context: async () => {
        const ctx: PeerContext = {
          sql: { statements: 0 },
          today: new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10), // Korean calendar date
          async query<R extends QueryResultRow>(sql: string, params?: unknown[]) {
            ctx.sql.statements++;
            return (await pool.query<R>(sql, params)).rows;
          },
          loginByCustomerId: new DataLoader(async (ids) => {
            const rows = await ctx.query<LoginRow>(
              'SELECT customer_id, email, role, last_login_at FROM app_user WHERE customer_id = ANY($1::uuid[])',
              [ids],
            );
            const byId = new Map(rows.map((r) => [r.customer_id, r]));
            return ids.map((id) => byId.get(id) ?? null);
          }),
        };
        return ctx;
      },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pool,
    stop() {
      stopping ??= (async () => {
        await apollo.stop();
        await pool.end();
      })();
      return stopping;
    },
  };
}
