// The seam between the chat engine (conversations, persistence, token streams, LLM calls) and the counselling
// pipeline (topic → emotion → scenario → tools → prompt, the offline counsellor, guardrails). The chat engine
// calls `prepare` once per assistant turn and `runTool` for every tool call a model makes; it never builds a
// prompt or reads domain data itself. The pipeline never persists messages or streams tokens.
import type { RequestContext } from '../../../common/context';
import type { ChatMessage, ToolCall, ToolDefinition } from '../../../platform/llm';
import type { EmotionResult } from '../../emotion';
import type { KeyMetric, ScenarioLabel } from '../../scenarios/engine/scenario-engine';
import type { MessageUnderstanding, TopicResult } from '../../topics';

export type ChatLanguage = 'ko' | 'en';

/** The seed's response shape: the scenario chosen for this turn. */
export interface TurnScenario {
  label: ScenarioLabel;
  probability: number;
  calibrated: boolean;
  keyMetrics: KeyMetric[];
  thresholdVersion: string;
}

/** Where a figure in the answer came from (shown under the message; the staff FAQ bot names its import). */
export interface Citation {
  /** e.g. "loans", "spending:2025Q3", "import:<id>", "forecast:<series>@<version>". */
  source: string;
  label: string;
}

export interface CounselInput {
  /** The customer whose data may be used: always from the session (viewer), never from the message. */
  customerId: string | null;
  /** Who is asking (CUSTOMER for their own data; ANALYST/ADMIN get the staff FAQ bot). */
  viewerRole: 'CUSTOMER' | 'ANALYST' | 'ADMIN';
  /** The new user message, already size-checked. */
  text: string;
  /** Earlier turns, oldest first, already cut to the token budget by the chat engine. */
  history: readonly ChatMessage[];
  /**
   * QA round 24 (mood24). The user turns of the conversation's latest finance turn (it and a few before it), however
   * long ago, read on demand: for the understanding only, when the history window holds no finance turn.
   */
  financeThread?: () => Promise<readonly string[]>;
}

export interface PreparedTurn {
  language: ChatLanguage;
  topic: TopicResult;
  /** The fine-grained question (intent + slots) of a customer's finance turn; absent for other turns. */
  understanding?: MessageUnderstanding;
  /** Null for general chat. */
  emotion: EmotionResult | null;
  scenario: TurnScenario | null;
  /** Tools the pipeline ran to gather context for this turn (names from the allowlist). */
  toolsUsed: string[];
  citations: Citation[];
  /**
   * Changes whenever the data the answer depends on changes (customer's loans, repayments, spending, forecasts;
   * the latest import for the FAQ bot). The answer cache key is (normalised question, dataVersion).
   */
  dataVersion: string;
  /** System prompt + history window + the user turn, data quoted as inert context: what an LLM receives. */
  llmMessages: ChatMessage[];
  /** The allowlisted tools a model may call for this turn (empty for general chat). */
  tools: readonly ToolDefinition[];
  /** The offline counsellor's complete, data-grounded reply in `language` (streamed by the engine at its pace). */
  offlineReply: string;
  /**
   * Said first, before the answer, whoever writes it (offline counsellor, model): the crisis lines for a message
   * that speaks of self-harm (crisis.ts). Absent otherwise.
   */
  preface?: string;
  /**
   * Kind of answer, for the audit log: GENERAL, COUNSEL, FORECAST (two-stage), FAQ (staff), DOCUMENT (a
   * document image's verdict), REFUSED (guardrail).
   */
  answerKind: 'GENERAL' | 'COUNSEL' | 'FORECAST' | 'FAQ' | 'DOCUMENT' | 'REFUSED';
  /** What the audit log records as the data behind this advice (ids and figures, no free text). */
  auditData: Record<string, unknown>;
}

export interface ToolResult {
  /** JSON text handed back to the model as the tool message content. */
  content: string;
  /** False when the call was refused (not on the allowlist, bad arguments): the content says why. */
  allowed: boolean;
}

export interface Counsellor {
  prepare(ctx: RequestContext, input: CounselInput): Promise<PreparedTurn>;
  /**
   * Executes one model tool call for `customerId` (from the session). Names outside `turn.tools` and any
   * customer/loan id in the arguments that is not the session customer's are refused, never executed.
   */
  runTool(
    ctx: RequestContext,
    turn: PreparedTurn,
    customerId: string | null,
    call: ToolCall,
  ): Promise<ToolResult>;
  /**
   * Check of a finished LLM answer (never of the offline reply, which is built to comply): flags promises of a
   * rate or an approval and figures not in the turn's context. `appendix` (a correction/disclaimer in the turn's
   * language) is streamed by the engine as further tokens before `done`, so the stored text always equals the
   * concatenated tokens.
   */
  review(turn: PreparedTurn, answer: string): { flags: string[]; appendix: string | null };
}
