export { ObjectTooLargeError } from './document-storage';
export type { DocumentStorage, StagedObject } from './document-storage';
export { LocalDiskStorage } from './local-disk-storage';
