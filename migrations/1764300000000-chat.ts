import { MigrationInterface, QueryRunner } from 'typeorm';

// Chat (issue 6): conversations, their messages (the full log; the hot history window lives in the cache) and
// the compliance audit log of every piece of advice. Tokens are not stored per row: a message's text is written
// when it ends; while it streams, the token stream `chat:<message id>` holds the deltas.
export class Chat1764300000000 implements MigrationInterface {
  name = 'Chat1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY,
        owner_user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        owner_role text NOT NULL,
        -- The session's customer (CUSTOMER viewers); null for staff.
        customer_id uuid REFERENCES customer (id) ON DELETE CASCADE,
        title text NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX conversation_owner_updated ON conversation (owner_user_id, updated_at DESC, id DESC) WHERE NOT deleted`,
    );
    await q.query(`
      CREATE TABLE chat_message (
        id uuid PRIMARY KEY,
        -- Orders the messages of a conversation (created_at can tie).
        seq bigint GENERATED ALWAYS AS IDENTITY,
        conversation_id uuid NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('USER', 'ASSISTANT')),
        status text NOT NULL CHECK (status IN ('STREAMING', 'COMPLETE', 'FAILED', 'CANCELLED')),
        -- The user message an assistant message answers (a retry answers the same one again).
        reply_to_id uuid REFERENCES chat_message (id) ON DELETE CASCADE,
        text text NOT NULL,
        language text,
        topic text,
        intent text,
        topic_confidence double precision,
        emotion_label text,
        emotion_intensity double precision,
        -- { label, probability, calibrated, keyMetrics, thresholdVersion }
        scenario jsonb,
        tools_used text[] NOT NULL DEFAULT '{}',
        citations jsonb NOT NULL DEFAULT '[]',
        provider text,
        fallback boolean NOT NULL DEFAULT false,
        failure_reason text,
        token_count integer NOT NULL DEFAULT 0 CHECK (token_count >= 0),
        created_at timestamptz NOT NULL,
        completed_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX chat_message_conversation_seq ON chat_message (conversation_id, seq)`);
    await q.query(
      `CREATE INDEX chat_message_streaming ON chat_message (created_at) WHERE status = 'STREAMING'`,
    );
    await q.query(`
      CREATE TABLE advice_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        user_id uuid NOT NULL,
        user_role text NOT NULL,
        conversation_id uuid NOT NULL,
        message_id uuid NOT NULL,
        customer_id uuid,
        status text NOT NULL,
        answer_kind text NOT NULL,
        scenario_label text,
        scenario_probability double precision,
        threshold_version text,
        tools_used text[] NOT NULL DEFAULT '{}',
        -- What the counselling pipeline recorded as the data behind the advice (ids and figures, no free text).
        audit_data jsonb NOT NULL DEFAULT '{}',
        review_flags text[] NOT NULL DEFAULT '{}',
        provider text,
        fallback boolean NOT NULL DEFAULT false
      )`);
    // No foreign keys: the audit log outlives deleted conversations and users.
    await q.query(`CREATE INDEX advice_audit_customer_at ON advice_audit (customer_id, at)`);
    await q.query(`CREATE INDEX advice_audit_message ON advice_audit (message_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE advice_audit`);
    await q.query(`DROP TABLE chat_message`);
    await q.query(`DROP TABLE conversation`);
  }
}
