import { ImportPhase, ImportStatus } from './import.enums';
import type { ImportProgress } from './import.model';
import { MonotonicProgress } from './import.service';

const event = (over: Partial<ImportProgress>): ImportProgress => ({
  importId: 'i',
  status: ImportStatus.RUNNING,
  phase: ImportPhase.PARSING,
  rowsRead: 0,
  rowsValid: 0,
  rowsBad: 0,
  percent: 0,
  failureReason: null,
  ...over,
});

describe('MonotonicProgress (what an importProgress subscriber sees)', () => {
  it('passes the snapshot first and then only events that move forward, the percentage never falling', () => {
    const p = new MonotonicProgress();
    const sent = [
      event({ status: ImportStatus.QUEUED, phase: ImportPhase.QUEUED }), // the stored snapshot
      event({ rowsRead: 4096, percent: 17 }),
      event({ rowsRead: 2048, percent: 9 }), // published before the one above: stale
      event({ rowsRead: 8192, percent: 12 }), // more rows, a lower estimate: kept at 17
      event({ phase: ImportPhase.MERGING, rowsRead: 9000, percent: 99 }),
      event({ phase: ImportPhase.PARSING, rowsRead: 9000, percent: 99 }), // an earlier phase: stale
      event({ status: ImportStatus.SUCCEEDED, phase: ImportPhase.DONE, rowsRead: 9000, percent: 100 }),
      event({ rowsRead: 9000, percent: 99 }), // after the end: dropped
    ]
      .map((e) => p.accept(e))
      .filter((e): e is ImportProgress => e !== undefined);
    expect(sent.map((e) => [e.phase, e.rowsRead, e.percent])).toEqual([
      ['QUEUED', 0, 0],
      ['PARSING', 4096, 17],
      ['PARSING', 8192, 17],
      ['MERGING', 9000, 99],
      ['DONE', 9000, 100],
    ]);
  });
});
