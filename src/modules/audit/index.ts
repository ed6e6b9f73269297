// What other modules and the composition root may use from the audit module.
export { AuditKind } from './audit.model';
export type { AuditEventInput } from './audit.model';
export { AuditService } from './audit.service';
export { AuditRepository } from './audit.repository';
export { AuditResolver } from './audit.resolver';
export { auditRouter } from './audit.router';
export type { ChainProblem } from './audit-chain';
