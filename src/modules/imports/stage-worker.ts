import { parentPort, workerData } from 'node:worker_threads';
import { sliceStager, type SliceTask, type StageJob } from './stage-slice';

// A staging worker thread (parallel-stage.ts): slices of one import's CSV in, their COPY text and counters out.
// Loaded as compiled JavaScript in production, through the swc require hook when the app runs from TypeScript.

const stage = sliceStager(workerData as StageJob);
parentPort!.on('message', (task: SliceTask) => {
  const result = stage(task);
  const transfer: ArrayBuffer[] = [];
  if (result.copy) transfer.push(result.copy);
  if (result.numbering) transfer.push(result.numbering.hashes.buffer as ArrayBuffer);
  parentPort!.postMessage(result, transfer);
});
