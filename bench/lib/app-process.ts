import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startApplication } from '../../src/app/application';
import { loadConfig } from '../../src/app/config';

// A fingraph API in its own process, for benchmarks that must not share an event loop with their load generator.
// Started by `startAppProcess` (bench/lib/processes.ts) with the app's environment in FG_BENCH_ENV (JSON) and,
// optionally, a fixed clock in FG_BENCH_CLOCK (ISO). It reports its URL over IPC, then answers:
// { cmd: 'eld-reset' } → restart the event-loop-delay histogram; { cmd: 'eld' } → { p50Ms, p99Ms, maxMs, meanMs };
// { cmd: 'cpu' } → { userUs, systemUs } (process.cpuUsage: the server's own CPU time, whatever else the machine
// runs); { cmd: 'profile-start' } / { cmd: 'profile-stop', file } → a V8 CPU profile of this process written to
// `file`; { cmd: 'stop' } → stops the app and exits.

type Command = {
  id: number;
  cmd: 'eld-reset' | 'eld' | 'cpu' | 'profile-start' | 'profile-stop' | 'stop';
  file?: string;
};

async function main(): Promise<void> {
  const env = JSON.parse(process.env.FG_BENCH_ENV ?? '{}') as Record<string, string>;
  // A fixed "now" (FG_BENCH_CLOCK, ISO) for benchmarks whose demo world is paid up to a given day.
  const fixed = process.env.FG_BENCH_CLOCK ? new Date(process.env.FG_BENCH_CLOCK) : undefined;
  const app = await startApplication(loadConfig(env), {
    port: 0,
    host: '127.0.0.1',
    clock: fixed && (() => fixed),
  });
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const streams = app.container.streams;
  let peakReaders = 0;
  const sampler = setInterval(() => {
    peakReaders = Math.max(peakReaders, streams.readerConnections ?? 0);
  }, 250);
  sampler.unref();
  const reply = (id: number, body: Record<string, unknown>) => process.send?.({ id, ...body });
  let profiler: Session | undefined;
  process.on('message', (message: Command) => {
    if (message.cmd === 'eld-reset') {
      histogram.reset();
      peakReaders = 0;
      reply(message.id, {});
    } else if (message.cmd === 'eld') {
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      reply(message.id, {
        // Peak of the blocking Redis connections this process held for its stream followers (issue 15: one).
        streamReaderConnections: peakReaders,
        p50Ms: ms(histogram.percentile(50)),
        p99Ms: ms(histogram.percentile(99)),
        maxMs: ms(histogram.max),
        meanMs: ms(histogram.mean),
      });
    } else if (message.cmd === 'cpu') {
      const { user, system } = process.cpuUsage();
      reply(message.id, { userUs: user, systemUs: system });
    } else if (message.cmd === 'profile-start') {
      profiler = new Session();
      profiler.connect();
      void (async () => {
        await profiler!.post('Profiler.enable');
        await profiler!.post('Profiler.setSamplingInterval', { interval: 200 });
        await profiler!.post('Profiler.start');
        reply(message.id, {});
      })();
    } else if (message.cmd === 'profile-stop') {
      void (async () => {
        const { profile } = await profiler!.post('Profiler.stop');
        profiler!.disconnect();
        profiler = undefined;
        if (message.file) writeFileSync(message.file, JSON.stringify(profile));
        reply(message.id, {});
      })();
    } else if (message.cmd === 'stop') {
      histogram.disable();
      void app.stop().finally(() => {
        reply(message.id, {});
        process.exit(0);
      });
    }
  });
  process.send?.({ ready: true, url: app.server.url.replace('localhost', '127.0.0.1') });
}

main().catch((error: unknown) => {
  process.send?.({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
