import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ImportStatus, ImportTargetName } from './import.enums';

export enum DateOrderInput {
  MDY = 'MDY',
  DMY = 'DMY',
}
registerEnumType(DateOrderInput, {
  name: 'ImportDateFormat',
  valuesConfig: {
    DMY: { description: 'Day first: 03/04/2025 is 3 April 2025.' },
    MDY: { description: 'Month first (default): 03/04/2025 is 4 March 2025.' },
  },
  description:
    'How to read slashed dates like 03/04/2025: MDY (month first, default) or DMY. Year-first dates are unambiguous.',
});

@InputType({ description: 'One column of the file mapped onto one target field.' })
export class ColumnMappingInput {
  @Field({ description: 'Header of the column in the file (exact, or case-insensitive).' })
  @Length(1, 200)
  column!: string;

  @Field({ description: 'Target field, e.g. invoice_no or birth_date.' })
  @Length(1, 100)
  field!: string;
}

@InputType({ description: 'How to read the file.' })
export class ImportOptionsInput {
  @Field(() => String, {
    nullable: true,
    description: 'CSV delimiter (one character, "\\t" for tab); sniffed when left out.',
  })
  @IsOptional()
  @Length(1, 2)
  delimiter?: string;

  @Field(() => String, { nullable: true, description: 'XLSX sheet name; the first sheet when left out.' })
  @IsOptional()
  @MaxLength(100)
  sheet?: string;

  @Field(() => DateOrderInput, { nullable: true, description: 'Order of slashed dates.' })
  @IsOptional()
  dateFormat?: DateOrderInput;

  @Field(() => Float, {
    nullable: true,
    description:
      'Bad-row share (0–1) above which the import fails and nothing lands; default IMPORT_MAX_BAD_ROW_SHARE.',
  })
  @IsOptional()
  @Min(0)
  @Max(1)
  maxBadRowShare?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Currency of amounts when no column gives it (default KRW).',
  })
  @IsOptional()
  @Length(3, 3)
  currency?: string;
}

@InputType({ description: 'Starts an import of an uploaded file.' })
export class StartImportInput {
  @Field(() => ID, { description: 'Upload id returned by POST /uploads/imports.' })
  @IsUUID()
  uploadId!: string;

  @Field(() => ImportTargetName, { description: 'What to load.' })
  target!: ImportTargetName;

  @Field(() => String, {
    nullable: true,
    description:
      'A named mapping: customers, customers-ko (CUSTOMERS); uci-online-retail, sales (SALES); transactions, transactions-ko (TRANSACTIONS); customer-quarters (CUSTOMER_QUARTERS).',
  })
  @IsOptional()
  @MaxLength(100)
  preset?: string;

  @Field(() => [ColumnMappingInput], {
    nullable: true,
    description: 'An explicit mapping (instead of a preset).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  mapping?: ColumnMappingInput[];

  @Field(() => ImportOptionsInput, { nullable: true, description: 'Reading options.' })
  @IsOptional()
  @ValidateNested()
  options?: ImportOptionsInput;
}

@InputType({ description: 'Filters for the imports list.' })
export class ImportFilterInput {
  @Field(() => [ImportTargetName], { nullable: true, description: 'Only these targets.' })
  @IsOptional()
  targets?: ImportTargetName[];

  @Field(() => [ImportStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @IsIn(Object.values(ImportStatus), { each: true })
  statuses?: ImportStatus[];
}
