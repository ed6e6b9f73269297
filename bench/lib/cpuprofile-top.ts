import { readFileSync } from 'node:fs';
import path from 'node:path';

// Summary of a V8 .cpuprofile (from `node --cpu-prof` or the inspector's Profiler): the functions with the most
// self time, the most total (inclusive) time among our own code, and self time by package. Used by
// bench/profile-customers.ts; also a CLI: `npx ts-node --transpile-only bench/lib/cpuprofile-top.ts FILE [TOP]`.

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const ROOT = path.resolve(__dirname, '..', '..');
const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

function where(url: string): string {
  let file = url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('/node_modules/');
  if (nm >= 0) return file.slice(nm + '/node_modules/'.length);
  if (file.startsWith(ROOT)) file = path.relative(ROOT, file);
  return file;
}

/** The package a frame belongs to: an npm package, a folder of src/ (two levels), node itself, or V8's states. */
function packageOf(node: CpuProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (SPECIAL.has(functionName)) return functionName;
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node:*';
  const file = where(url);
  if (url.includes('/node_modules/')) {
    const parts = file.split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 3).join('/') : file;
}

function keyOf(node: CpuProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (SPECIAL.has(functionName)) return functionName;
  return `${functionName || '(anonymous)'}  ${url ? `${where(url)}:${lineNumber + 1}` : '(native)'}`;
}

const isOurs = (node: CpuProfileNode) => {
  const url = node.callFrame.url;
  return url !== '' && !url.includes('/node_modules/') && !url.startsWith('node:') && /\/src\//.test(url);
};

export function summariseProfile(
  profile: CpuProfile,
  opts: { top?: number; requests?: number } = {},
): string {
  const top = opts.top ?? 30;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const packages = new Map<string, number>();
  let sampled = 0;
  let idle = 0;
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  for (let i = 0; i < profile.samples.length; i++) {
    // The delta before the next sample is the time this sample stands for.
    const us = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    const leaf = byId.get(profile.samples[i])!;
    sampled += us;
    if (leaf.callFrame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    add(self, keyOf(leaf), us);
    add(packages, packageOf(leaf), us);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id)!;
      if (!isOurs(node)) continue;
      const key = keyOf(node);
      if (!seen.has(key)) {
        seen.add(key);
        add(total, key, us);
      }
    }
  }
  const busy = sampled - idle;
  const ms = (us: number) => (us / 1000).toFixed(1).padStart(9);
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const perRequest = (us: number) =>
    opts.requests ? `${(us / opts.requests).toFixed(1).padStart(8)} µs/req` : '';
  const rows = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, us]) => `${ms(us)} ms ${pct(us)} ${perRequest(us)}  ${key}`);
  return [
    `profile: ${(sampled / 1e6).toFixed(2)} s sampled, busy ${(busy / 1e6).toFixed(2)} s (${((100 * busy) / sampled).toFixed(1)} %)` +
      (opts.requests
        ? `, ${opts.requests} requests → ${(busy / opts.requests).toFixed(0)} µs CPU per request`
        : ''),
    '',
    `self time by package (share of busy time):`,
    ...rows(packages, top),
    '',
    `top ${top} functions by self time:`,
    ...rows(self, top),
    '',
    `top ${top} of our functions (src/) by total time, callees included:`,
    ...rows(total, top),
  ].join('\n');
}

if (require.main === module) {
  const [file, topArg] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: cpuprofile-top.ts FILE.cpuprofile [TOP]\n');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  process.stdout.write(`${summariseProfile(profile, { top: Number(topArg ?? 30) })}\n`);
}
