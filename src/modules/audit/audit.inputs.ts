import { Field, ID, InputType } from 'type-graphql';
import { AuditKind } from './audit.model';

@InputType({ description: 'Which audit entries to return; every condition given must hold.' })
export class AuditFilterInput {
  @Field(() => [AuditKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: AuditKind[];

  @Field(() => ID, { nullable: true, description: 'Only entries about this Customer (global id).' })
  customerId?: string;

  @Field(() => ID, { nullable: true, description: 'Only entries by this User (global id).' })
  actorId?: string;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this instant.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only entries before this instant.' })
  to?: Date;
}
