import http from 'node:http';
import type { AddressInfo } from 'node:net';

// A fake OpenAI-compatible server (POST /v1/chat/completions with stream: true → Server-Sent Events), scripted
// per request: answer token by token (optionally slowly), answer with tool calls (arguments in fragments),
// fail with an HTTP status, never answer, or cut the connection after some tokens. Requests are recorded.

export type Script =
  /** stallAfter: after that many tokens the server goes silent, connection open (a stalled stream). */
  | { kind: 'text'; tokens: string[]; delayMs?: number; stallAfter?: number }
  | { kind: 'tool_calls'; calls: { name: string; arguments: string }[]; fragments?: number }
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'hang' }
  | { kind: 'cut'; tokens: string[]; after: number; delayMs?: number };

export interface RecordedRequest {
  body: {
    model: string;
    messages: { role: string; content: string | null; tool_call_id?: string }[];
    tools?: { function: { name: string } }[];
    stream?: boolean;
  };
  closedByClient: boolean;
}

export interface FakeOpenAi {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Scripts for the next requests, in order; when none is left, `fallback` answers. */
  enqueue(...scripts: Script[]): void;
  fallback: Script;
  /** Optional script chosen from the request itself (after the queue, before `fallback`). */
  route?: (body: RecordedRequest['body']) => Script | undefined;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const queue: Script[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  let counter = 0;
  const fake: FakeOpenAi = {
    baseUrl: '',
    requests,
    enqueue: (...scripts) => queue.push(...scripts),
    fallback: { kind: 'text', tokens: ['Hello', ' from', ' the', ' fake', '.'] },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const record: RecordedRequest = {
        body: JSON.parse(raw) as RecordedRequest['body'],
        closedByClient: false,
      };
      requests.push(record);
      res.on('close', () => {
        if (!res.writableEnded) record.closedByClient = true;
      });
      void serve(queue.shift() ?? fake.route?.(record.body) ?? fake.fallback, record, res);
    });
  });

  async function serve(script: Script, record: RecordedRequest, res: http.ServerResponse): Promise<void> {
    const id = `chatcmpl-fake-${++counter}`;
    const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
      `data: ${JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created: 1_700_000_000,
        model: record.body.model,
        choices: [{ index: 0, delta, finish_reason: finish }],
      })}\n\n`;
    if (script.kind === 'hang') return; // never answers; the client must time out
    if (script.kind === 'status') {
      res
        .writeHead(script.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: script.message ?? `fake ${script.status}`, type: 'fake' } }));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(chunk({ role: 'assistant', content: '' }));
    if (script.kind === 'tool_calls') {
      const parts = script.fragments ?? 3;
      script.calls.forEach((call, index) => {
        res.write(
          chunk({
            tool_calls: [
              { index, id: `call_${index}`, type: 'function', function: { name: call.name, arguments: '' } },
            ],
          }),
        );
        const size = Math.ceil(call.arguments.length / parts);
        for (let i = 0; i < call.arguments.length; i += size)
          res.write(
            chunk({ tool_calls: [{ index, function: { arguments: call.arguments.slice(i, i + size) } }] }),
          );
      });
      res.end(chunk({}, 'tool_calls') + 'data: [DONE]\n\n');
      return;
    }
    for (let i = 0; i < script.tokens.length; i++) {
      if (script.kind === 'cut' && i === script.after) {
        await sleep(50); // let the tokens already written reach the client
        res.socket?.destroy(); // then the connection drops mid-stream
        return;
      }
      if (script.kind === 'text' && i === script.stallAfter) return;
      if (script.delayMs) await sleep(script.delayMs);
      if (res.destroyed) return;
      res.write(chunk({ content: script.tokens[i] }));
    }
    res.end(chunk({}, 'stop') + 'data: [DONE]\n\n');
  }

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, { baseUrl: `http://127.0.0.1:${port}/v1` });
}
