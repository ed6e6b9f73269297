import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImageTextLanguage {
  EN = 'EN',
  KO = 'KO',
}
registerEnumType(ImageTextLanguage, {
  name: 'ImageTextLanguage',
  description: 'Language of a verdict text: EN or KO.',
  valuesConfig: { EN: { description: 'English.' }, KO: { description: 'Korean.' } },
});

export enum ImageSource {
  REFINANCE_DOCUMENT = 'REFINANCE_DOCUMENT',
  STAFF_ANALYSIS = 'STAFF_ANALYSIS',
}
registerEnumType(ImageSource, {
  name: 'ImageSource',
  description:
    'Where a scored image came from: REFINANCE_DOCUMENT (attached to an application) or STAFF_ANALYSIS (the analyzeImage route).',
  valuesConfig: {
    REFINANCE_DOCUMENT: { description: 'A document attached to a refinance application.' },
    STAFF_ANALYSIS: { description: 'An image staff sent to the analyzeImage route (bytes not kept).' },
  },
});

@ObjectType('ImageClassConfidence', {
  description: "One class of the model and the model's probability for it.",
})
export class ImageClassConfidenceType {
  @Field({ description: 'Class label as the model manifest names it (e.g. OK, BLURRED).' })
  label!: string;

  @Field(() => Float, { description: 'Probability, 0..1 (the classes sum to 1).' })
  confidence!: number;
}

@ObjectType('ImageQualityAssessment', {
  description:
    "A model's verdict on an image's usability as a document, stored once per content hash and model version.",
})
export class ImageQualityAssessmentType {
  @Field({ description: 'The most probable class (e.g. OK, BLURRED, DARK, GLARE, CROPPED, BLANK, SCREEN).' })
  label!: string;

  @Field({
    description: 'Whether the label makes the document usable; otherwise it should be uploaded again.',
  })
  usable!: boolean;

  @Field(() => Float, { description: 'Probability of the label, 0..1.' })
  confidence!: number;

  @Field(() => [ImageClassConfidenceType], {
    description: 'Every class with its probability, in the model order.',
  })
  confidences!: ImageClassConfidenceType[];

  @Field({ description: 'Model name from its manifest.' })
  modelName!: string;

  @Field({ description: 'Model version from its manifest.' })
  modelVersion!: string;

  @Field(() => Float, {
    description: 'Decode, preprocessing and inference time of the scoring, milliseconds.',
  })
  latencyMs!: number;

  @Field(() => Int, { description: 'Image width in pixels.' })
  width!: number;

  @Field(() => Int, { description: 'Image height in pixels.' })
  height!: number;

  @Field({ description: 'When the bytes were scored (the first upload of these bytes).' })
  assessedAt!: Date;
}

@ObjectType('ImageAnalysis', { description: 'An image a staff member sent to the analyzeImage route.' })
export class ImageAnalysisType {
  @Field(() => ID, { description: 'Id of the analysis.' })
  id!: string;

  @Field({ description: 'File name as uploaded (directories and control characters removed).' })
  fileName!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes!: number;

  @Field({ description: 'When it was uploaded.' })
  uploadedAt!: Date;

  @Field(() => ImageQualityAssessmentType, { description: "The model's verdict on the bytes." })
  quality!: ImageQualityAssessmentType;
}

@ObjectType('ImageVerdictCount', { description: 'How many stored images got one label.' })
export class ImageVerdictCountType {
  @Field(() => ImageSource, { description: 'Where the images came from.' })
  source!: ImageSource;

  @Field({ description: 'Class label.' })
  label!: string;

  @Field({ description: 'Whether the label makes a document usable.' })
  usable!: boolean;

  @Field(() => Int, { description: 'Number of images (a document or analysis each).' })
  count!: number;
}

@ObjectType('ImageQualityStatistics', { description: 'Document-image verdicts for the dashboard.' })
export class ImageQualityStatisticsType {
  @Field({ description: 'Whether image scoring is on (IMAGE_MODEL_ENABLED).' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Name of the loaded model, null when scoring is off.' })
  modelName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Version of the loaded model, null when scoring is off.',
  })
  modelVersion!: string | null;

  @Field(() => Int, { description: 'Images that were scored usable.' })
  usable!: number;

  @Field(() => Int, { description: 'Images that should be uploaded again.' })
  reupload!: number;

  @Field(() => [ImageVerdictCountType], { description: 'Counts per source and label, largest first.' })
  counts!: ImageVerdictCountType[];
}
