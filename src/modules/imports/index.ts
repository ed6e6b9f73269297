// What other modules and the composition root may use from the imports module.
export { ImportEntity, ImportErrorEntity, UploadEntity } from './import.entity';
export { ImportService, requireStaff, UploadTooLarge } from './import.service';
export { ImportRepository } from './import.repository';
export { ImportRunner, IMPORT_JOB } from './import.runner';
export { ImportResolver } from './import.resolver';
export { ImportType } from './import.type';
export { toImportType, IMPORT_TYPE } from './import.mapper';
export { uploadRouter } from './upload.router';
export { IMPORT_TARGETS, importTarget } from './targets';
export type { ImportTarget, TargetField } from './targets';
export * from './import.enums';
