import { toGlobalId } from '../../common/global-id';
import type { Role } from '../../common/context';
import { localIdOf } from '../../common/global-id';
import type { AuditFilter, AuditRow } from './audit.model';
import { AuditEntryType } from './audit.type';
import type { AuditFilterInput } from './audit.inputs';

// Global-id type names of the users and customers the trail points at (owned by the auth and customers modules).
const USER = 'User';
const CUSTOMER = 'Customer';

export function toAuditEntryType(r: AuditRow): AuditEntryType {
  const { sentText, ...details } = r.data as { sentText?: string | null };
  return Object.assign(new AuditEntryType(), {
    id: toGlobalId('AuditEntry', `${r.source}:${r.id}`),
    kind: r.kind,
    at: r.at,
    actorId: r.actorUserId && toGlobalId(USER, r.actorUserId),
    actorRole: (r.actorRole as Role | null) ?? null,
    customerId: r.customerId && toGlobalId(CUSTOMER, r.customerId),
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    detailsJson: JSON.stringify(r.kind === 'ADVICE' ? details : r.data),
    sentText: sentText ?? null,
    chainSeq: r.chainSeq,
    rowHash: r.rowHash,
  });
}

export function toAuditFilter(input: AuditFilterInput | undefined): AuditFilter {
  return {
    kinds: input?.kinds,
    customerId: input?.customerId ? localIdOf(CUSTOMER, input.customerId, 'filter.customerId') : undefined,
    actorUserId: input?.actorId ? localIdOf(USER, input.actorId, 'filter.actorId') : undefined,
    from: input?.from,
    to: input?.to,
  };
}
