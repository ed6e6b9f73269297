import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileSliceSource, stageInParallel } from '../src/modules/imports/parallel-stage';
import { openCsv, readCsvHead } from '../src/modules/imports/readers';
import { RunNumbering } from '../src/modules/imports/run-numbering';
import {
  CopyEncoder,
  headerStagerOptions,
  newStageCounters,
  plainColumns,
  rowStager,
} from '../src/modules/imports/stage-rows';
import { stageJob } from '../src/modules/imports/stage-slice';
import { IMPORT_CASES } from './lib/import-cases';

// The Node side of an import's staging alone: a generated CSV of a bench:imports case read, validated and COPY-
// encoded into nothing (no PostgreSQL), so the CPU per row of tokenizer + validation + encoding can be compared
// between changes without the database's share or the machine's other work in the figure.
// `npx ts-node --transpile-only bench/stage-cpu.ts [case] [rows] [runs]` (sales, 1,000,000, 3).
// STAGE_PARALLEL=n: the parallel path (parallel-stage.ts) with n worker threads instead of the stream pipeline;
// with STAGE_HASH=1 its digests must equal the single-threaded ones (CPU counts the workers' threads too).

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'sales';
  const rows = Number(process.argv[3] ?? 1_000_000);
  const runs = Number(process.argv[4] ?? 3);
  const c = IMPORT_CASES.find((k) => k.name === name);
  if (!c) throw new Error(`no case ${name}`);
  // STAGE_FILE: another file of the case's columns (e.g. with bad rows) instead of the generated one.
  const file = process.env.STAGE_FILE ?? path.join(os.tmpdir(), `fg-stage-cpu-${name}-${rows}.csv`);
  if (!fs.existsSync(file)) await c.generate(file, rows);
  const target = c.target;
  const mapping = target.presets[c.preset];
  let bytesOut = 0;
  for (let run = 0; run < runs; run++) {
    const head = await readCsvHead(file, {});
    const counters = newStageCounters(target.fields.length);
    const numbering = target.numbering && new RunNumbering();
    const stager = headerStagerOptions(
      target,
      head.header,
      mapping,
      process.env.STAGE_HASH ? 1_000_000 : 1000,
      numbering,
    );
    const workers = Number(process.env.STAGE_PARALLEL ?? 0);
    let copyText: Readable[];
    if (workers > 0) {
      const source = await fileSliceSource(file);
      const job = stageJob(target.name, stager, head);
      copyText = [
        Readable.from(
          stageInParallel({
            source,
            head,
            job,
            workers,
            counters,
            numbering,
            sliceBytes: process.env.STAGE_SLICE ? Number(process.env.STAGE_SLICE) : undefined,
          }),
          { objectMode: false },
        ),
      ];
    } else {
      const source = await openCsv(file, {}, head);
      const plain = plainColumns(target.fields, stager.defaults, target.numbering !== undefined);
      copyText = [source.records, new CopyEncoder(rowStager(stager, counters), plain)];
    }
    bytesOut = 0;
    // STAGE_HASH=1: a digest of the COPY text, to compare two versions' output byte for byte.
    const hash = process.env.STAGE_HASH ? createHash('sha256') : undefined;
    // STAGE_OUT: the COPY text also written to this file (to time PostgreSQL's side alone with psql \\copy).
    const out = process.env.STAGE_OUT ? fs.openSync(process.env.STAGE_OUT, 'w') : undefined;
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        bytesOut += chunk.length;
        hash?.update(chunk);
        if (out !== undefined) fs.writeSync(out, chunk);
        done();
      },
    });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await pipeline([...copyText, sink]);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const us = (cpu.user + cpu.system) / counters.read;
    process.stdout.write(
      `${name} run ${run + 1}: ${counters.read} rows (${counters.bad} bad) in ${(wall / 1000).toFixed(2)} s wall, ` +
        `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU = ${us.toFixed(2)} µs/row; ` +
        `${(bytesOut / 2 ** 20).toFixed(1)} MiB of COPY text; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ` +
        `load ${os.loadavg()[0].toFixed(1)}` +
        `${
          hash
            ? `; sha256 ${hash.digest('hex').slice(0, 16)}, errors ${createHash('sha256').update(JSON.stringify(counters.errors)).digest('hex').slice(0, 16)}, counters ${createHash(
                'sha256',
              )
                .update(
                  JSON.stringify([
                    counters.read,
                    counters.valid,
                    counters.bad,
                    counters.missing,
                    numbering?.usable,
                  ]),
                )
                .digest('hex')
                .slice(0, 16)}`
            : ''
        }\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
