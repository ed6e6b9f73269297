export const EMOTION_LABELS = ['ANXIOUS', 'FRUSTRATED', 'SAD', 'NEUTRAL', 'HOPEFUL'] as const;
/** ANXIOUS (worry, fear, pressure), FRUSTRATED (incl. angry), SAD, NEUTRAL, HOPEFUL (positive, relieved). */
export type EmotionLabel = (typeof EMOTION_LABELS)[number];
