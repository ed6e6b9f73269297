import { toGlobalId } from '../../common/global-id';
import type { AuthSession } from './auth.service';
import { AuthPayload, UserType } from './auth.type';
import type { UserEntity } from './user.entity';

export const USER_TYPE = 'User';

export function toUserType(u: UserEntity): UserType {
  return {
    id: toGlobalId(USER_TYPE, u.id),
    localId: u.id,
    customerLocalId: u.customerId,
    email: u.email,
    role: u.role,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
  };
}

export function toAuthPayload(s: AuthSession): AuthPayload {
  const user = toUserType(s.user);
  user.sessionViewer = { userId: s.user.id, role: s.user.role, customerId: s.user.customerId ?? undefined };
  return Object.assign(new AuthPayload(), { ...s, user });
}
