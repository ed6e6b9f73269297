import { Role, Viewer } from '../../common/context';
import { forbidden, unauthenticated } from '../../common/errors';

export const isStaff = (v: Viewer) => v.role === Role.ANALYST || v.role === Role.ADMIN;

// Who may read a customer's data: staff, or the customer themselves. Shared by queries, node() and subscriptions.
export function assertCanReadCustomer(viewer: Viewer | undefined, customerId: string): Viewer {
  if (!viewer) throw unauthenticated();
  if (!isStaff(viewer) && viewer.customerId !== customerId) {
    throw forbidden('You may only access your own customer record');
  }
  return viewer;
}

export const CUSTOMER_UPDATED = 'CUSTOMER_UPDATED';

/** What crosses pub/sub when a customer changes: ids only, the subscriber reloads with its own access rights. */
export interface CustomerUpdatedEvent {
  customerId: string;
  updatedAt: string;
}
