export { ObjectTooLargeError } from './document-storage';
export type { DocumentStorage, StagedObject } from './document-storage';
export { LocalDiskStorage } from './local-disk-storage';
export { S3Storage, signV4, type S3Options } from './s3-storage';
