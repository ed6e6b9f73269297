import { createUnionType, Field, ObjectType } from 'type-graphql';
import { connectionTypes, ErrorResult } from '../../common/graphql/types';
import { ImportType } from './import.type';

@ObjectType('DuplicateImportError', {
  implements: ErrorResult,
  description:
    'The same file was already imported into this target with the same mapping: nothing is loaded twice.',
})
export class DuplicateImportError implements ErrorResult {
  @Field({ description: 'DUPLICATE_IMPORT' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => ImportType, { description: 'The earlier import of this file.' })
  existing!: ImportType;
}

@ObjectType('InvalidMappingError', {
  implements: ErrorResult,
  description: 'The preset, mapping or options do not fit the target.',
})
export class InvalidMappingError implements ErrorResult {
  @Field({ description: 'INVALID_MAPPING' })
  code!: string;

  @Field({ description: 'Explanation.' })
  message!: string;

  @Field(() => [String], { description: 'Every problem found.' })
  problems!: string[];
}

export const StartImportResult = createUnionType({
  name: 'StartImportResult',
  description: 'The queued import, or why none was started.',
  types: () => [ImportType, DuplicateImportError, InvalidMappingError] as const,
  resolveType: (value) =>
    'code' in value
      ? value.code === 'DUPLICATE_IMPORT'
        ? DuplicateImportError
        : InvalidMappingError
      : ImportType,
});

export const { ConnectionType: ImportConnection } = connectionTypes('Import', ImportType);
