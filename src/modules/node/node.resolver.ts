import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import { fromGlobalId } from '../../common/global-id';
import { Node } from '../../common/graphql/types';
import { NodeRegistry } from './node.registry';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Node, {
    nullable: true,
    description: 'Refetches any object by its global id (with the same access rules as its own query).',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Node | null> {
    const { type, id: localId } = fromGlobalId(id);
    const fetch = this.registry.fetcher(type);
    if (!fetch) throw notFound(type);
    return (await fetch(ctx, localId)) as Node | null;
  }
}
