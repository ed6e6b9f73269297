import { ArrayMaxSize, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FaqLanguageCode } from './faq.type';

// Lengths, emptiness, duplicates and placeholders are checked by the service (field-named errors); these
// decorators only bound the sizes.

@InputType({ description: 'A new FAQ entry (ADMIN).' })
export class CreateFaqEntryInput {
  @Field({ description: 'Stable key: 1–64 lower-case letters, digits, "-" or "_".' })
  @IsString()
  key!: string;

  @Field(() => [String], {
    description: 'Korean question variants (Korean or English: at least one in all).',
  })
  @ArrayMaxSize(30)
  questionsKo!: string[];

  @Field(() => [String], { description: 'English question variants.' })
  @ArrayMaxSize(30)
  questionsEn!: string[];

  @Field({ description: 'Korean answer; may use {{import.…}} placeholders.' })
  @IsString()
  answerKo!: string;

  @Field({ description: 'English answer; may use {{import.…}} placeholders.' })
  @IsString()
  answerEn!: string;

  @Field(() => Int, { nullable: true, description: 'Lower answers first when several match (default 100).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  priority?: number | null;
}

@InputType({ description: 'Changes to an FAQ entry (ADMIN); fields left out keep their value.' })
export class UpdateFaqEntryInput {
  @Field(() => ID, { description: 'Global id of the entry.' })
  @IsString()
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited; a newer stored version is a CONFLICT.',
  })
  @IsOptional()
  @IsInt()
  expectedVersion?: number | null;

  @Field(() => [String], { nullable: true, description: 'New Korean question variants.' })
  @IsOptional()
  @ArrayMaxSize(30)
  questionsKo?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'New English question variants.' })
  @IsOptional()
  @ArrayMaxSize(30)
  questionsEn?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New Korean answer.' })
  @IsOptional()
  @IsString()
  answerKo?: string | null;

  @Field(() => String, { nullable: true, description: 'New English answer.' })
  @IsOptional()
  @IsString()
  answerEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'New priority.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  priority?: number | null;
}

@InputType({ description: 'Retire an FAQ entry (ADMIN): the bot stops answering from it.' })
export class RetireFaqEntryInput {
  @Field(() => ID, { description: 'Global id of the entry.' })
  @IsString()
  id!: string;
}

@InputType({ description: 'A new example phrase of a counselling intent (ADMIN).' })
export class AddIntentPhraseInput {
  @Field({ description: 'The intent, e.g. NEXT_PAYMENT (an unknown one is refused).' })
  @IsString()
  intent!: string;

  @Field(() => FaqLanguageCode, { description: 'Language of the phrase.' })
  language!: FaqLanguageCode;

  @Field({ description: 'The phrase (1–200 characters).' })
  @Length(0, 400)
  phrase!: string;
}

@InputType({ description: 'Retire an intent example phrase (ADMIN).' })
export class RetireIntentPhraseInput {
  @Field(() => ID, { description: 'Global id of the phrase.' })
  @IsString()
  id!: string;
}
