import { ClassType, Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../context';
import { fromGlobalId } from '../global-id';
import { DecimalScalar } from './scalars';
import { MappedEdge } from '../pagination';

@InterfaceType({
  description: 'An object with a globally unique, opaque id that `node(id:)` can refetch.',
  // The concrete type is named inside the global id itself.
  resolveType: (value: { id: string }) => fromGlobalId(value.id).type,
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque global id.' })
  id!: string;
}

@InterfaceType({ description: 'An expected business outcome that is not a success.' })
export abstract class ErrorResult {
  @Field({ description: 'Machine-readable error code.' })
  code!: string;

  @Field({ description: 'Human-readable explanation.' })
  message!: string;
}

@ObjectType({ description: 'An exact amount of money.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'Amount as an exact decimal string (whole won for KRW).' })
  amount!: string;

  @Field({ description: 'ISO 4217 currency code, e.g. KRW.' })
  currency!: string;
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether more edges exist after this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether more edges exist before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor?: string;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor?: string;
}

/** A page as services return it; the total is counted only when a client asks for it. */
export interface CountedConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: () => Promise<number>;
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The edges of this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of objects matching the arguments, over all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static from<S>(page: CountedConnection<S>, map: (node: S) => T): ConnectionType {
      return Object.assign(new ConnectionType(), {
        edges: page.edges.map((e) => new MappedEdge(e, map(e.node))),
        pageInfo: page.pageInfo,
        count: page.totalCount,
      });
    }
  }

  return { EdgeType, ConnectionType };
}

registerEnumType(Role, {
  name: 'Role',
  description:
    'What a principal may do: CUSTOMER (own data), ANALYST (read all), ADMIN, AUDITOR (compliance trail).',
  valuesConfig: {
    CUSTOMER: { description: 'A customer: sees and changes only their own data.' },
    ANALYST: { description: 'Staff: reads every customer.' },
    ADMIN: { description: 'Staff: reads and administers everything, including the compliance trail.' },
    AUDITOR: {
      description: 'Reads the compliance trail (audit entries and their CSV export) and nothing else.',
    },
  },
});
