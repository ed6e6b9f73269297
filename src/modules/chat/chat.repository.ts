import type { RequestContext } from '../../common/context';
import type { PageRequest } from '../../common/pagination';
import { AdviceAuditEntity, ChatMessageEntity, ConversationEntity } from './chat.entity';
import { ChatMessageStatus, ChatRole } from './chat.enums';

// All chat SQL. Always on ctx.manager.

export type MessageFinish = Pick<
  ChatMessageEntity,
  | 'text'
  | 'tokenCount'
  | 'language'
  | 'topic'
  | 'intent'
  | 'topicConfidence'
  | 'emotionLabel'
  | 'emotionIntensity'
  | 'scenario'
  | 'toolsUsed'
  | 'citations'
  | 'provider'
  | 'fallback'
  | 'failureReason'
  | 'completedAt'
> & { status: ChatMessageStatus };

export class ChatRepository {
  findConversation(ctx: RequestContext, id: string): Promise<ConversationEntity | null> {
    return ctx.manager.getRepository(ConversationEntity).findOneBy({ id, deleted: false });
  }

  async insertConversation(ctx: RequestContext, c: ConversationEntity): Promise<ConversationEntity> {
    await ctx.manager.getRepository(ConversationEntity).insert(c);
    return c;
  }

  async touchConversation(ctx: RequestContext, id: string, at: Date): Promise<void> {
    await ctx.manager.getRepository(ConversationEntity).update({ id }, { updatedAt: at });
  }

  async renameConversation(ctx: RequestContext, id: string, title: string, at: Date): Promise<void> {
    await ctx.manager.getRepository(ConversationEntity).update({ id }, { title, updatedAt: at });
  }

  async deleteConversation(ctx: RequestContext, id: string, at: Date): Promise<void> {
    await ctx.manager.getRepository(ConversationEntity).update({ id }, { deleted: true, updatedAt: at });
  }

  /** The owner's conversations, newest first, keyset (updated_at, id); limit + 1 rows. */
  listConversations(
    ctx: RequestContext,
    ownerUserId: string,
    page: PageRequest,
  ): Promise<ConversationEntity[]> {
    const qb = ctx.manager
      .getRepository(ConversationEntity)
      .createQueryBuilder('c')
      .where('c.owner_user_id = :ownerUserId AND NOT c.deleted', { ownerUserId });
    const backward = page.direction === 'backward';
    if (page.cursor) {
      const [updatedAt, id] = page.cursor as [string, string];
      qb.andWhere(`(c.updated_at, c.id) ${backward ? '>' : '<'} (:updatedAt::timestamptz, :id::uuid)`, {
        updatedAt,
        id,
      });
    }
    return qb
      .orderBy('c.updated_at', backward ? 'ASC' : 'DESC')
      .addOrderBy('c.id', backward ? 'ASC' : 'DESC')
      .limit(page.limit + 1)
      .getMany();
  }

  countConversations(ctx: RequestContext, ownerUserId: string): Promise<number> {
    return ctx.manager.getRepository(ConversationEntity).countBy({ ownerUserId, deleted: false });
  }

  /** A message of a (not deleted) conversation of `ownerUserId`, in one statement; null otherwise. */
  findOwnMessage(ctx: RequestContext, id: string, ownerUserId: string): Promise<ChatMessageEntity | null> {
    return ctx.manager
      .getRepository(ChatMessageEntity)
      .createQueryBuilder('m')
      .where('m.id = :id', { id })
      .andWhere(
        'EXISTS (SELECT 1 FROM conversation c WHERE c.id = m.conversation_id AND c.owner_user_id = :owner AND NOT c.deleted)',
        { owner: ownerUserId },
      )
      .getOne();
  }

  findMessage(ctx: RequestContext, id: string): Promise<ChatMessageEntity | null> {
    return ctx.manager.getRepository(ChatMessageEntity).findOneBy({ id });
  }

  async insertMessage(ctx: RequestContext, m: Omit<ChatMessageEntity, 'seq'>): Promise<ChatMessageEntity> {
    const repo = ctx.manager.getRepository(ChatMessageEntity);
    // The identity column comes back from the INSERT itself (RETURNING): no second statement to read the row.
    const result = await repo.insert(m);
    const seq = (result.generatedMaps[0] as { seq?: unknown } | undefined)?.seq;
    if (seq === undefined || seq === null) return await repo.findOneByOrFail({ id: m.id });
    return { ...m, seq: String(seq) };
  }

  /**
   * One page of messages (oldest first, keyset seq) for each conversation, in one statement: a window over the
   * conversations so a list of conversations with their messages costs one query. limit + 1 rows each.
   */
  async messagePages(
    ctx: RequestContext,
    conversationIds: readonly string[],
    page: PageRequest,
  ): Promise<Map<string, ChatMessageEntity[]>> {
    const backward = page.direction === 'backward';
    const params: unknown[] = [conversationIds, page.limit + 1];
    let cursorSql = '';
    if (page.cursor) {
      params.push(String(page.cursor[0]));
      cursorSql = `AND m.seq ${backward ? '<' : '>'} $3::bigint`;
    }
    const entities = await ctx.manager.query<Record<string, unknown>[]>(
      `SELECT * FROM (
         SELECT m.*, row_number() OVER (PARTITION BY conversation_id ORDER BY seq ${backward ? 'DESC' : 'ASC'}) AS n
         FROM chat_message m WHERE m.conversation_id = ANY($1::uuid[]) ${cursorSql}
       ) ranked WHERE n <= $2 ORDER BY seq ${backward ? 'DESC' : 'ASC'}`,
      params,
    );
    const repo = ctx.manager.getRepository(ChatMessageEntity);
    const byConversation = new Map<string, ChatMessageEntity[]>(conversationIds.map((id) => [id, []]));
    for (const raw of entities) {
      const m = repo.create(fromRaw(raw));
      byConversation.get(m.conversationId)?.push(m);
    }
    return byConversation;
  }

  async countMessages(ctx: RequestContext, conversationIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await ctx.manager.query<{ conversation_id: string; n: string }[]>(
      `SELECT conversation_id, count(*) AS n FROM chat_message WHERE conversation_id = ANY($1::uuid[])
       GROUP BY conversation_id`,
      [conversationIds],
    );
    return new Map(rows.map((r) => [r.conversation_id, Number(r.n)]));
  }

  /**
   * The history of a conversation before `beforeSeq` (or all): user messages with a COMPLETE answer and those
   * answers, the newest `limit`, returned oldest first.
   */
  async historyMessages(
    ctx: RequestContext,
    conversationId: string,
    limit: number,
    beforeSeq?: string,
  ): Promise<ChatMessageEntity[]> {
    const qb = ctx.manager
      .getRepository(ChatMessageEntity)
      .createQueryBuilder('m')
      .where('m.conversation_id = :conversationId', { conversationId })
      .andWhere(
        `((m.role = 'ASSISTANT' AND m.status = 'COMPLETE') OR (m.role = 'USER' AND EXISTS (
           SELECT 1 FROM chat_message a WHERE a.reply_to_id = m.id AND a.status = 'COMPLETE')))`,
      );
    if (beforeSeq !== undefined) qb.andWhere('m.seq < :beforeSeq', { beforeSeq });
    const rows = await qb.orderBy('m.seq', 'DESC').limit(limit).getMany();
    return rows.reverse();
  }

  /**
   * QA round 24 (mood24). The thread of the latest finance turn before `beforeSeq` (or all): the user message whose
   * COMPLETE answer was FINANCE and the `limit` - 1 answered user messages before it, oldest first — what a short
   * follow-up continues after more chat than the history window holds. Texts only.
   */
  async financeThread(
    ctx: RequestContext,
    conversationId: string,
    limit: number,
    beforeSeq?: string,
  ): Promise<string[]> {
    const rows = (await ctx.manager.query(
      `WITH anchor AS (
         SELECT u.seq FROM chat_message a JOIN chat_message u ON u.id = a.reply_to_id
          WHERE a.conversation_id = $1 AND a.role = 'ASSISTANT' AND a.status = 'COMPLETE' AND a.topic = 'FINANCE'
            AND ($3::bigint IS NULL OR a.seq < $3::bigint)
          ORDER BY a.seq DESC LIMIT 1)
       SELECT m.text FROM chat_message m, anchor
        WHERE m.conversation_id = $1 AND m.role = 'USER' AND m.seq <= anchor.seq
          AND EXISTS (SELECT 1 FROM chat_message a WHERE a.reply_to_id = m.id AND a.status = 'COMPLETE')
        ORDER BY m.seq DESC LIMIT $2`,
      [conversationId, limit, beforeSeq ?? null],
    )) as { text: string }[];
    return rows.map((r) => r.text).reverse();
  }

  /** Serialises sends of one user (the concurrent-streams check) until the transaction ends. */
  async lockUser(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('chat:' || $1))`, [userId]);
  }

  async countRunning(ctx: RequestContext, userId: string): Promise<number> {
    const [row] = await ctx.manager.query<{ n: string }[]>(
      `SELECT count(*) AS n FROM chat_message m JOIN conversation c ON c.id = m.conversation_id
       WHERE c.owner_user_id = $1 AND m.role = 'ASSISTANT' AND m.completed_at IS NULL`,
      [userId],
    );
    return Number(row.n);
  }

  /** Ids of the assistant messages of a conversation still running. */
  async runningIn(ctx: RequestContext, conversationId: string): Promise<string[]> {
    const rows = await ctx.manager.query<{ id: string }[]>(
      `SELECT id FROM chat_message WHERE conversation_id = $1 AND role = 'ASSISTANT' AND completed_at IS NULL`,
      [conversationId],
    );
    return rows.map((r) => r.id);
  }

  /** Marks a running message CANCELLED (its runner writes the text when it stops); false when it had ended. */
  async requestCancel(ctx: RequestContext, id: string): Promise<boolean> {
    const result = await ctx.manager
      .createQueryBuilder()
      .update(ChatMessageEntity)
      .set({ status: ChatMessageStatus.CANCELLED })
      .where(`id = :id AND completed_at IS NULL AND status = 'STREAMING'`, { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Writes the end of a running message. A CANCELLED status set meanwhile by requestCancel wins. Returns the
   * status written, or null when the message had already ended (nothing changed).
   */
  async finishMessage(ctx: RequestContext, id: string, f: MessageFinish): Promise<ChatMessageStatus | null> {
    // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affected count].
    const [rows] = await ctx.manager.query<[{ status: ChatMessageStatus }[], number]>(
      `UPDATE chat_message SET
         status = CASE WHEN status = 'CANCELLED' THEN 'CANCELLED' ELSE $2 END,
         failure_reason = CASE WHEN status = 'CANCELLED' THEN NULL ELSE $3 END,
         text = $4, token_count = $5, language = $6, topic = $7, intent = $8, topic_confidence = $9,
         emotion_label = $10, emotion_intensity = $11, scenario = $12::jsonb, tools_used = $13::text[],
         citations = $14::jsonb, provider = $15, fallback = $16, completed_at = $17
       WHERE id = $1 AND completed_at IS NULL
       RETURNING status`,
      [
        id,
        f.status,
        f.failureReason,
        f.text,
        f.tokenCount,
        f.language,
        f.topic,
        f.intent,
        f.topicConfidence,
        f.emotionLabel,
        f.emotionIntensity,
        f.scenario === null ? null : JSON.stringify(f.scenario),
        f.toolsUsed,
        JSON.stringify(f.citations),
        f.provider,
        f.fallback,
        f.completedAt,
      ],
    );
    return rows[0]?.status ?? null;
  }

  /** Copies the turn's classification onto the user message. */
  async annotateUserMessage(
    ctx: RequestContext,
    id: string,
    a: Pick<
      ChatMessageEntity,
      'language' | 'topic' | 'intent' | 'topicConfidence' | 'emotionLabel' | 'emotionIntensity'
    >,
  ): Promise<void> {
    await ctx.manager.getRepository(ChatMessageEntity).update({ id }, a);
  }

  async insertAudit(ctx: RequestContext, a: Omit<AdviceAuditEntity, 'id'>): Promise<void> {
    const repo = ctx.manager.getRepository(AdviceAuditEntity);
    await repo.save(repo.create(a));
  }

  /** Assistant messages still running that were created before `before` (crash recovery). */
  async staleRunning(ctx: RequestContext, before: Date): Promise<ChatMessageEntity[]> {
    return ctx.manager
      .getRepository(ChatMessageEntity)
      .createQueryBuilder('m')
      .where(`m.role = :role AND m.completed_at IS NULL AND m.created_at < :before`, {
        role: ChatRole.ASSISTANT,
        before,
      })
      .getMany();
  }
}

/** A raw chat_message row (snake_case) → entity fields. */
function fromRaw(r: Record<string, unknown>): Partial<ChatMessageEntity> {
  const pick = (k: string) => r[k];
  return {
    id: pick('id') as string,
    seq: String(pick('seq')),
    conversationId: pick('conversation_id') as string,
    role: pick('role') as ChatRole,
    status: pick('status') as ChatMessageStatus,
    replyToId: (pick('reply_to_id') as string | null) ?? null,
    text: pick('text') as string,
    language: (pick('language') as string | null) ?? null,
    topic: (pick('topic') as string | null) ?? null,
    intent: (pick('intent') as string | null) ?? null,
    topicConfidence: (pick('topic_confidence') as number | null) ?? null,
    emotionLabel: (pick('emotion_label') as string | null) ?? null,
    emotionIntensity: (pick('emotion_intensity') as number | null) ?? null,
    scenario: (pick('scenario') as ChatMessageEntity['scenario']) ?? null,
    toolsUsed: (pick('tools_used') as string[]) ?? [],
    citations: (pick('citations') as ChatMessageEntity['citations']) ?? [],
    provider: (pick('provider') as string | null) ?? null,
    fallback: Boolean(pick('fallback')),
    failureReason: (pick('failure_reason') as string | null) ?? null,
    tokenCount: Number(pick('token_count')),
    createdAt: new Date(pick('created_at') as Date),
    completedAt: pick('completed_at') ? new Date(pick('completed_at') as Date) : null,
  };
}
