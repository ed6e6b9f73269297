import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { badInput } from '../../common/errors';
import { fromGlobalId, isUuid } from '../../common/global-id';
import { Node } from '../../common/graphql/types';
import { NodeRegistry } from './node.registry';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Node, {
    nullable: true,
    description: 'Refetches any object by its global id (with the same access rules as its own query).',
  })
  async node(
    @Arg('id', () => ID, { description: 'Global id of any object that implements Node.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Node | null> {
    // Checked here for every node type, before any fetcher: an unknown type or a local id that is not a UUID
    // never reaches SQL (where it would fail the whole DataLoader batch it joined).
    const { type, id: localId } = fromGlobalId(id);
    const fetch = this.registry.fetcher(type);
    if (!fetch || !isUuid(localId)) throw badInput('id', 'is not a valid id');
    return (await fetch(ctx, localId)) as Node | null;
  }
}
