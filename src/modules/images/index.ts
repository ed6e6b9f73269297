// What other modules and the composition root may use from the images module (document-image quality).
export { ImageAnalysisEntity, ImageAssessmentEntity } from './images.entity';
export { ImagesRepository } from './images.repository';
export { BUNDLED_IMAGE_MODEL_DIR, ImageModel } from './image-model';
export { ManifestError, parseManifest, type ImageModelManifest } from './manifest';
export { ImageRefused, IMAGE_REFUSALS, type ImageRefusalCode } from './image-errors';
export { ImageQualityService, type ImageVerdict, type ScoredImage } from './image-quality.service';
export { ImageQualityResolver } from './images.resolver';
export { imageAnalysisRouter } from './images.http';
export { toAssessmentType } from './images.mapper';
export { ImageQualityAssessmentType } from './images.type';
export { type ImageLimits } from './preprocess';
