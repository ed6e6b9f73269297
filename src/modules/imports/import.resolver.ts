import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { localIdOf, toGlobalId } from '../../common/global-id';
import { PageArgsInput } from '../../common/graphql/page.args';
import { ImportTargetName } from './import.enums';
import { ImportFilterInput, StartImportInput } from './import.inputs';
import { IMPORT_TYPE, toImportProgressType, toImportType } from './import.mapper';
import type { ImportProgress } from './import.model';
import {
  DuplicateImportError,
  ImportConnection,
  InvalidMappingError,
  StartImportResult,
} from './import-results.type';
import { DuplicateImport, ImportService, InvalidMapping } from './import.service';
import {
  ImportPresetType,
  ImportProgressType,
  ImportRowErrorType,
  ImportSummaryType,
  ImportType,
  LatestImportSummaryType,
} from './import.type';

/**
 * The service the importProgress subscription follows. type-graphql calls `subscribe` outside the resolver instance,
 * so the composition root's instance registers itself here when it is built (one per process).
 */
let progressSource: ImportService | undefined;

@Resolver(() => ImportType)
export class ImportResolver {
  constructor(private readonly service: ImportService) {
    progressSource = service;
  }

  @Query(() => [ImportPresetType], {
    description:
      "The named column mappings (presets) of the import targets, with each column's field and type.",
  })
  importPresets(
    @Arg('target', () => ImportTargetName, {
      nullable: true,
      description: 'Only the presets of this target.',
    })
    target: ImportTargetName | undefined,
    @Ctx() ctx: RequestContext,
  ): ImportPresetType[] {
    return this.service.presets(ctx, target).map((p) => ({ ...p, target: p.target as ImportTargetName }));
  }

  @Query(() => ImportType, { description: 'One import (ANALYST or ADMIN).' })
  async import(
    @Arg('id', () => ID, { description: 'Global id of the import.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportType> {
    return toImportType(await this.service.get(ctx, localIdOf(IMPORT_TYPE, id)));
  }

  @Query(() => ImportConnection, { description: 'Imports, newest first (ANALYST or ADMIN).' })
  async imports(
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => ImportFilterInput, {
      nullable: true,
      description: 'Only imports matching every given criterion.',
    })
    filter: ImportFilterInput | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<InstanceType<typeof ImportConnection>> {
    return ImportConnection.from(await this.service.list(ctx, { ...page, filter }), toImportType);
  }

  @Query(() => LatestImportSummaryType, {
    nullable: true,
    description: 'Summary statistics of the latest successful import of a target (cached; ANALYST or ADMIN).',
  })
  async latestImportSummary(
    @Arg('target', () => ImportTargetName, { description: 'The import target.' }) target: ImportTargetName,
    @Ctx() ctx: RequestContext,
  ): Promise<LatestImportSummaryType | null> {
    const latest = await this.service.latestSummary(ctx, target);
    return latest ? { importId: toGlobalId(IMPORT_TYPE, latest.importId), summary: latest.summary } : null;
  }

  @Mutation(() => StartImportResult, {
    description:
      'Starts a background import of an uploaded file with a preset or an explicit mapping (ANALYST or ADMIN). ' +
      'The same file, target and mapping twice gives DuplicateImportError.',
  })
  async startImport(
    @Arg('input', () => StartImportInput, {
      description: 'The upload, the target, a preset or column mapping, and options.',
    })
    input: StartImportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<typeof StartImportResult> {
    const { options, ...rest } = input;
    const result = await this.service.start(ctx, {
      ...rest,
      options: options && {
        delimiter: options.delimiter,
        sheet: options.sheet,
        dateOrder: options.dateFormat,
        maxBadRowShare: options.maxBadRowShare,
        currency: options.currency,
      },
    });
    if (result instanceof DuplicateImport)
      return Object.assign(new DuplicateImportError(), {
        code: result.code,
        message: result.message,
        existing: toImportType(result.existing),
      });
    if (result instanceof InvalidMapping)
      return Object.assign(new InvalidMappingError(), {
        code: result.code,
        message: result.message,
        problems: result.problems,
      });
    return toImportType(result);
  }

  @Subscription(() => ImportProgressType, {
    description:
      'Progress of an import until it succeeds or fails: the current state first, then each change.',
    subscribe: ({ args, context }) => {
      if (!progressSource) throw new Error('imports are not wired');
      const ctx = context as RequestContext;
      return progressSource.follow(ctx, localIdOf(IMPORT_TYPE, args.id as string));
    },
  })
  importProgress(
    @Arg('id', () => ID, { description: 'Global id of the import.' }) _id: string,
    @Root() event: ImportProgress,
  ): ImportProgressType {
    return toImportProgressType(event);
  }

  @FieldResolver(() => [ImportRowErrorType], {
    description: 'Rejected rows with line, column and reason (stored up to IMPORT_MAX_STORED_ERRORS).',
  })
  async errors(
    @Root() imp: ImportType,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many, by line (at most 1000).' })
    first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportRowErrorType[]> {
    return this.service.errors(ctx, imp.localId, first);
  }

  @FieldResolver(() => ImportSummaryType, {
    nullable: true,
    description: 'Summary statistics of the valid rows (successful imports; cached).',
  })
  async summary(@Root() imp: ImportType, @Ctx() ctx: RequestContext): Promise<ImportSummaryType | null> {
    return this.service.summaryOf(ctx, imp.localId);
  }
}
