import { ArgsType, Field, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '../pagination';

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: `Page size going forward (0–${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return edges after this cursor.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size going backward (0–${MAX_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Return edges before this cursor.' })
  before?: string;
}
