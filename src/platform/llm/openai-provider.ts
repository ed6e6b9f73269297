import type OpenAI from 'openai';
import type { Logger } from '../observability/logger';
import { readAhead } from './read-ahead';
import {
  ChatMessage,
  LlmDelta,
  LlmError,
  LlmFailure,
  LlmProvider,
  StreamOptions,
  ToolCall,
} from './llm-provider';

// Any OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI, vLLM, Ollama, llama.cpp server) through
// the `openai` package. The package's own retries are off: we retry only BEFORE the first token (connection
// errors, 408/409/429/5xx, timeouts) with exponential backoff; once output has been delivered a failure is final
// (the caller ends the message FAILED or falls back), because replaying would duplicate tokens.
//
// Timeouts are ours too: `firstTokenTimeoutMs` from the request to the first chunk, `idleTimeoutMs` between
// chunks (a stalled stream). A connection cut mid-stream surfaces from the package as a bare
// `TypeError: terminated`; an aborted stream ends silently — both are told apart here.

export interface OpenAiProviderOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  firstTokenTimeoutMs: number;
  idleTimeoutMs: number;
  maxRetries: number;
  /** First backoff; doubles per attempt (default 250 ms). */
  retryBaseMs?: number;
  /** Called before each retry (metrics). */
  onRetry?: (kind: LlmFailure) => void;
  logger?: Logger;
}

const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);

function toApiMessages(messages: readonly ChatMessage[]): OpenAI.Chat.ChatCompletionMessageParam[] {
  return messages.map((m) => {
    if (m.role === 'tool') return { role: 'tool', content: m.content, tool_call_id: m.toolCallId };
    if (m.role === 'assistant')
      return {
        role: 'assistant',
        content: m.content,
        ...(m.toolCalls?.length
          ? {
              tool_calls: m.toolCalls.map((c) => ({
                id: c.id,
                type: 'function' as const,
                function: { name: c.name, arguments: c.arguments },
              })),
            }
          : {}),
      };
    return { role: m.role, content: m.content };
  });
}

/**
 * The openai package, required with the first provider rather than at start-up: ~230 modules that the offline
 * counsellor (the default) never uses (bench/README.md "startup").
 */
let sdk: typeof OpenAI | undefined;
function openAi(): typeof OpenAI {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sdk ??= (require('openai') as { default: typeof OpenAI }).default;
  return sdk;
}

/** Why a request failed, and whether trying again might help. */
function classify(
  error: unknown,
  timedOut: boolean,
): { kind: LlmFailure; retryable: boolean; message: string } {
  if (timedOut) return { kind: 'TIMEOUT', retryable: true, message: 'the model did not answer in time' };
  if (error instanceof openAi().APIError && error.status !== undefined) {
    const status = error.status;
    const kind: LlmFailure = status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'UNAVAILABLE' : 'REFUSED';
    return { kind, retryable: RETRYABLE_STATUS.has(status), message: `HTTP ${status}: ${error.message}` };
  }
  // undici's "terminated" is a TypeError from Node's own realm (instanceof fails across realms, e.g. in jest).
  if (error instanceof openAi().APIConnectionError || (error as Error)?.name === 'TypeError')
    return { kind: 'UNAVAILABLE', retryable: true, message: (error as Error).message };
  return { kind: 'BAD_RESPONSE', retryable: false, message: (error as Error)?.message ?? String(error) };
}

export class OpenAiProvider implements LlmProvider {
  readonly name = 'openai-compatible';
  readonly model: string;
  private readonly client: OpenAI;

  constructor(private readonly options: OpenAiProviderOptions) {
    this.model = options.model;
    this.client = new (openAi())({ baseURL: options.baseUrl, apiKey: options.apiKey, maxRetries: 0 });
  }

  async *stream(messages: readonly ChatMessage[], options: StreamOptions = {}): AsyncIterable<LlmDelta> {
    const { signal } = options;
    let delivered = false;
    for (let attempt = 1; ; attempt++) {
      // Stopped before (or during a retry's wait): an abort listener added now would never fire.
      if (signal?.aborted) return;
      const local = new AbortController();
      const onAbort = () => local.abort();
      signal?.addEventListener('abort', onAbort, { once: true });
      let timedOut = false;
      let timer = setTimeout(() => {
        timedOut = true;
        local.abort();
      }, this.options.firstTokenTimeoutMs);
      const rearm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          local.abort();
        }, this.options.idleTimeoutMs);
      };
      try {
        const response = await this.client.chat.completions.create(
          {
            model: this.model,
            messages: toApiMessages(messages),
            stream: true,
            ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
            ...(options.tools?.length
              ? {
                  tools: options.tools.map((t) => ({
                    type: 'function' as const,
                    function: { name: t.name, description: t.description, parameters: t.parameters },
                  })),
                }
              : {}),
          },
          { signal: local.signal, timeout: this.options.firstTokenTimeoutMs + this.options.idleTimeoutMs },
        );
        const calls = new Map<number, ToolCall>();
        let finishReason = 'stop';
        let finished = false;
        // Read ahead: chunks that arrived before a cut are kept however slowly the caller takes them, and the
        // idle timer measures the model's silence, not the caller's pace.
        for await (const chunk of readAhead(response, rearm)) {
          if (local.signal.aborted) break; // stopped or timed out: nothing queued after that is handed over
          const choice = chunk.choices[0];
          if (!choice) continue;
          const text = choice.delta?.content;
          if (text) {
            delivered = true;
            yield { type: 'text', text };
          }
          for (const part of choice.delta?.tool_calls ?? []) {
            const call = calls.get(part.index) ?? { id: '', name: '', arguments: '' };
            if (part.id) call.id = part.id;
            if (part.function?.name) call.name += part.function.name;
            if (part.function?.arguments) call.arguments += part.function.arguments;
            calls.set(part.index, call);
          }
          if (choice.finish_reason) {
            finishReason = choice.finish_reason;
            finished = true;
          }
        }
        if (signal?.aborted) return;
        if (timedOut) throw new Error('timed out');
        if (!finished) throw new TypeError('terminated'); // the stream ended without a finish reason
        for (const call of [...calls.entries()].sort(([a], [b]) => a - b).map(([, c]) => c)) {
          delivered = true;
          yield { type: 'tool_call', call };
        }
        yield { type: 'done', finishReason };
        return;
      } catch (error) {
        if (signal?.aborted) return;
        const failure = classify(error, timedOut);
        if (delivered) {
          throw new LlmError(
            failure.kind === 'UNAVAILABLE' ? 'STREAM_CUT' : failure.kind,
            true,
            `the stream failed after output was delivered: ${failure.message}`,
            attempt,
          );
        }
        if (!failure.retryable || attempt > this.options.maxRetries) {
          throw new LlmError(failure.kind, false, failure.message, attempt);
        }
        const wait = (this.options.retryBaseMs ?? 250) * 2 ** (attempt - 1);
        this.options.onRetry?.(failure.kind);
        this.options.logger?.warn(
          { attempt, kind: failure.kind, wait },
          'llm request failed before output; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        local.abort(); // the consumer may have stopped early: close the HTTP stream
      }
    }
  }
}
