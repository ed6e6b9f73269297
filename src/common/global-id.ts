import { badInput } from './errors';

// Opaque Relay global ids: base64url("<Type>:<local id>").
export function toGlobalId(type: string, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (
    sep <= 0 ||
    sep === decoded.length - 1 ||
    toGlobalId(decoded.slice(0, sep), decoded.slice(sep + 1)) !== globalId
  ) {
    throw badInput(field, 'is not a valid id');
  }
  return { type: decoded.slice(0, sep), id: decoded.slice(sep + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a local id is a UUID (every stored object's key). */
export const isUuid = (id: string): boolean => UUID.test(id);

/** Decodes a global id that must name `type` and carry a UUID. */
export function localIdOf(type: string, globalId: string, field = 'id'): string {
  const { type: actual, id } = fromGlobalId(globalId, field);
  if (actual !== type || !UUID.test(id)) throw badInput(field, `is not a ${type} id`);
  return id;
}
