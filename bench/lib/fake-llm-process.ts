import { startFakeOpenAi, type Script } from '../../test/support/fake-openai';

// The test suite's fake OpenAI-compatible server in its own process (so that its work does not land on the event
// loop being measured). Requests are answered with the script in FG_FAKE_SCRIPT (JSON), or with FG_FAKE_MARKED_SCRIPT
// when a message of the request contains FG_FAKE_MARKER; the base URL is reported over IPC; { cmd: 'stop' } stops it.

async function main(): Promise<void> {
  const fake = await startFakeOpenAi();
  fake.fallback = JSON.parse(process.env.FG_FAKE_SCRIPT ?? '{"kind":"text","tokens":["ok"]}') as Script;
  const marker = process.env.FG_FAKE_MARKER;
  if (marker && process.env.FG_FAKE_MARKED_SCRIPT) {
    const marked = JSON.parse(process.env.FG_FAKE_MARKED_SCRIPT) as Script;
    fake.route = (body) => (body.messages.some((m) => m.content?.includes(marker)) ? marked : undefined);
  }
  process.on('message', (message: { id: number; cmd: string }) => {
    if (message.cmd === 'stop')
      void fake.stop().finally(() => {
        process.send?.({ id: message.id });
        process.exit(0);
      });
  });
  process.send?.({ ready: true, url: fake.baseUrl });
}

main().catch((error: unknown) => {
  process.send?.({ failed: String(error) });
  process.exit(1);
});
