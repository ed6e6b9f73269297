// The one interface every language-model provider implements (DESIGN §5): messages in, an async iterable of
// deltas out. Text arrives token by token; tool calls arrive whole (their argument fragments assembled).

export interface ToolCall {
  id: string;
  name: string;
  /** JSON text as the model produced it; the caller parses and validates it. */
  arguments: string;
}

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ToolCall[] }
  | { role: 'tool'; content: string; toolCallId: string };

export interface ToolDefinition {
  name: string;
  description: string;
  /** JSON Schema of the arguments object. */
  parameters: Record<string, unknown>;
}

export type LlmDelta =
  | { type: 'text'; text: string }
  | { type: 'tool_call'; call: ToolCall }
  | { type: 'done'; finishReason: string };

export interface StreamOptions {
  tools?: readonly ToolDefinition[];
  signal?: AbortSignal;
  temperature?: number;
}

export interface LlmProvider {
  /** e.g. "openai-compatible", "offline". */
  readonly name: string;
  readonly model: string;
  /** Ends without error when `signal` aborts; check `signal.aborted` to tell a cancel from a finished answer. */
  stream(messages: readonly ChatMessage[], options?: StreamOptions): AsyncIterable<LlmDelta>;
}

export type LlmFailure =
  'TIMEOUT' | 'RATE_LIMITED' | 'UNAVAILABLE' | 'STREAM_CUT' | 'BAD_RESPONSE' | 'REFUSED';

/** A provider failure, after any retries. `afterFirstToken`: some output was already delivered (never retried). */
export class LlmError extends Error {
  constructor(
    readonly kind: LlmFailure,
    readonly afterFirstToken: boolean,
    message: string,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'LlmError';
  }
}
