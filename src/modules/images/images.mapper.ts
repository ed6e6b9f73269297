import type { ImageAnalysisEntity, ImageAssessmentEntity } from './images.entity';
import { ImageAnalysisType, ImageQualityAssessmentType } from './images.type';

export function toAssessmentType(e: ImageAssessmentEntity): ImageQualityAssessmentType {
  return Object.assign(new ImageQualityAssessmentType(), {
    label: e.label,
    usable: e.usable,
    confidence: e.confidences.find((c) => c.label === e.label)?.confidence ?? 0,
    confidences: e.confidences.map((c) => ({ label: c.label, confidence: c.confidence })),
    modelName: e.modelName,
    modelVersion: e.modelVersion,
    latencyMs: e.latencyMs,
    width: e.width,
    height: e.height,
    assessedAt: e.createdAt,
  });
}

export function toAnalysisType(a: ImageAnalysisEntity, e: ImageAssessmentEntity): ImageAnalysisType {
  return Object.assign(new ImageAnalysisType(), {
    id: a.id,
    fileName: a.fileName,
    sizeBytes: Number(a.sizeBytes),
    uploadedAt: a.uploadedAt,
    quality: toAssessmentType(e),
  });
}
