import type { RequestContext } from '../../common/context';

export type NodeFetcher = (ctx: RequestContext, localId: string) => Promise<object | null>;

// Each module registers how to fetch its Node types (with its own authorisation) at the composition root.
export class NodeRegistry {
  private readonly fetchers = new Map<string, NodeFetcher>();

  register(typeName: string, fetcher: NodeFetcher): this {
    this.fetchers.set(typeName, fetcher);
    return this;
  }

  fetcher(typeName: string): NodeFetcher | undefined {
    return this.fetchers.get(typeName);
  }
}
