import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/context';
import type { Connection, PageArgs } from '../../common/pagination';
import type { ChatMessageEntity } from './chat.entity';
import type { ChatService } from './chat.service';

interface PageKey {
  conversationId: string;
  page: PageArgs;
}

/**
 * Per-request loaders: a list of conversations asking for their messages costs one statement per distinct
 * page arguments (a window query over all of them) plus one for the counts, however many conversations.
 */
export function chatLoaders(service: ChatService) {
  return (ctx: RequestContext) => ({
    messagePages: new DataLoader<PageKey, Connection<ChatMessageEntity>, string>(
      async (keys) => {
        const groups = new Map<string, PageKey[]>();
        for (const key of keys) {
          const args = JSON.stringify(key.page);
          groups.set(args, [...(groups.get(args) ?? []), key]);
        }
        const results = new Map<string, Connection<ChatMessageEntity>>();
        for (const [args, group] of groups) {
          const pages = await service.messagePages(
            ctx,
            group.map((k) => k.conversationId),
            group[0].page,
          );
          for (const [id, page] of pages) results.set(`${id}|${args}`, page);
        }
        return keys.map((k) => results.get(`${k.conversationId}|${JSON.stringify(k.page)}`)!);
      },
      { cacheKeyFn: (k) => `${k.conversationId}|${JSON.stringify(k.page)}` },
    ),
    messageCounts: new DataLoader<string, number>(async (ids) => {
      const counts = await service.countMessages(ctx, ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  });
}
