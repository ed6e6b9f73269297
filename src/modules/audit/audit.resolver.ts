import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { PageArgsInput } from '../../common/graphql/page.args';
import { AuditFilterInput } from './audit.inputs';
import { toAuditEntryType, toAuditFilter } from './audit.mapper';
import { AuditService } from './audit.service';
import { AuditEntryConnection } from './audit.type';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, {
    description:
      'The compliance trail, newest first (ADMIN and AUDITOR only): advice and other audited actions. ' +
      'Pages forward only. The same rows as CSV: GET /audit/export.csv with the same filters as query parameters.',
  })
  async auditTrail(
    @Arg('filter', () => AuditFilterInput, { nullable: true, description: 'Which entries.' })
    filter: AuditFilterInput | undefined,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof AuditEntryConnection>> {
    return AuditEntryConnection.from(
      await this.audit.search(ctx, toAuditFilter(filter), page),
      toAuditEntryType,
    );
  }
}
