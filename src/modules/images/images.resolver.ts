import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { ImageQualityService } from './image-quality.service';
import { toAnalysisType } from './images.mapper';
import {
  ImageAnalysisType,
  ImageQualityAssessmentType,
  ImageQualityStatisticsType,
  ImageSource,
  ImageTextLanguage,
} from './images.type';

@Resolver(() => ImageQualityAssessmentType)
export class ImageQualityResolver {
  constructor(private readonly images: ImageQualityService) {}

  @FieldResolver(() => String, {
    description:
      'The verdict as an application shows it: "usable", or "re-upload: blurred" (KO: "다시 올려 주세요: 흐림").',
  })
  verdict(
    @Root() assessment: ImageQualityAssessmentType,
    @Arg('language', () => ImageTextLanguage, {
      defaultValue: ImageTextLanguage.EN,
      description: 'Language of the text.',
    })
    language: ImageTextLanguage,
  ): string {
    return this.images.verdictText(assessment, language === ImageTextLanguage.KO ? 'ko' : 'en');
  }

  @Query(() => ImageQualityStatisticsType, {
    description:
      'Staff: verdicts of stored document images, per source and label (the dashboard counts them).',
  })
  async imageQualityStatistics(@Ctx() ctx: RequestContext): Promise<ImageQualityStatisticsType> {
    const counts = await this.images.verdictCounts(ctx);
    const info = this.images.modelInfo;
    return {
      enabled: this.images.enabled,
      modelName: info?.name ?? null,
      modelVersion: info?.version ?? null,
      usable: counts.filter((c) => c.usable).reduce((s, c) => s + c.count, 0),
      reupload: counts.filter((c) => !c.usable).reduce((s, c) => s + c.count, 0),
      counts: counts.map((c) => ({ ...c, source: c.source as ImageSource })),
    };
  }

  @Query(() => ImageAnalysisType, {
    nullable: true,
    description:
      'Staff: the latest image sent to the analyzeImage route (POST /uploads/images/analyze), with its verdict.',
  })
  async latestImageAnalysis(@Ctx() ctx: RequestContext): Promise<ImageAnalysisType | null> {
    const latest = await this.images.latestAnalysis(ctx);
    return latest ? toAnalysisType(latest.analysis, latest.assessment) : null;
  }
}
