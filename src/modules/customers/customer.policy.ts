import { Role, Viewer } from '../../common/context';
import { notFound, unauthenticated } from '../../common/errors';

export const isStaff = (v: Viewer) => v.role === Role.ANALYST || v.role === Role.ADMIN;

/**
 * Who may read a customer's data: staff, or the customer themselves. Shared by queries, node(), mutations and
 * subscriptions. Another customer's object is answered exactly like a missing one — NOT_FOUND naming `what` —
 * so ids cannot be probed for existence (no FORBIDDEN vs NOT_FOUND oracle).
 */
export function assertCanReadCustomer(
  viewer: Viewer | undefined,
  customerId: string,
  what = 'Customer',
): Viewer {
  if (!viewer) throw unauthenticated();
  if (!isStaff(viewer) && viewer.customerId !== customerId) throw notFound(what);
  return viewer;
}

export const CUSTOMER_UPDATED = 'CUSTOMER_UPDATED';

/** What crosses pub/sub when a customer changes: ids only, the subscriber reloads with its own access rights. */
export interface CustomerUpdatedEvent {
  customerId: string;
  updatedAt: string;
}
