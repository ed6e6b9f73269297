import { toGlobalId } from '../../common/global-id';
import type { ImportEntity } from './import.entity';
import type { ImportPhase, ImportStatus, ImportTargetName } from './import.enums';
import type { ImportProgress } from './import.model';
import type { ImportProgressType, ImportType } from './import.type';

export const IMPORT_TYPE = 'Import';

export function toImportType(e: ImportEntity): ImportType {
  return {
    id: toGlobalId(IMPORT_TYPE, e.id),
    localId: e.id,
    uploadId: e.uploadId,
    fileName: e.fileName,
    target: e.target as ImportTargetName,
    status: e.status as ImportStatus,
    phase: e.phase as ImportPhase,
    sha256: e.sha256,
    mapping: e.mapping,
    rowsRead: e.rowsRead,
    rowsValid: e.rowsValid,
    rowsBad: e.rowsBad,
    rowsInserted: e.rowsInserted,
    rowsDuplicate: e.rowsDuplicate,
    maxBadRowShare: Number((e.options as { maxBadRowShare?: number }).maxBadRowShare ?? 0),
    failureReason: e.failureReason,
    createdAt: e.createdAt,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
    durationMs: e.startedAt && e.finishedAt ? e.finishedAt.getTime() - e.startedAt.getTime() : null,
    timings: e.timings,
    quality: e.quality,
  };
}

export function toImportProgressType(p: ImportProgress): ImportProgressType {
  return {
    importId: toGlobalId(IMPORT_TYPE, p.importId),
    status: p.status as ImportStatus,
    phase: p.phase as ImportPhase,
    rowsRead: p.rowsRead,
    rowsValid: p.rowsValid,
    rowsBad: p.rowsBad,
    percent: p.percent,
    failureReason: p.failureReason,
  };
}
