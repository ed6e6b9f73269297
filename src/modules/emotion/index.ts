// What other modules and the composition root may use from the emotion module.
export { analyseEmotionText, emotionModel } from './emotion-classifier';
export type { EmotionResult } from './emotion-model';
export { EMOTION_LABELS, type EmotionLabel } from './emotion.enums';
export { SELF_HARM, findCues, sarcasticAboutMoney } from './emotion-cues';
