// The shape of the labelled counsel questions (train.ts, dev.ts). Own work of the fingraph project, CC BY 4.0.
import { COUNSEL_INTENTS, type CounselIntent, type CounselSlots } from '../../counsel-intents';

/** One question: its text and, optionally, the slots the text states (nothing inferred, nothing inherited). */
export type Labelled = readonly [text: string, slots?: CounselSlots];

/** Questions grouped by intent, Korean and English mixed. */
export type QuestionSet = Record<CounselIntent, readonly Labelled[]>;

/** A follow-up: the previous turn's understanding (intent + slots) and the elliptical next message. */
export interface FollowUp {
  previous: { intent: CounselIntent; slots: CounselSlots };
  text: string;
  intent: CounselIntent;
  slots: CounselSlots;
  /** Slot names taken over from `previous`. */
  inherited: (keyof CounselSlots)[];
}

/** Batches of questions joined intent by intent. */
export function joinSets(...sets: Partial<QuestionSet>[]): QuestionSet {
  const out = {} as Record<CounselIntent, Labelled[]>;
  for (const intent of COUNSEL_INTENTS) out[intent] = sets.flatMap((s) => s[intent] ?? []);
  return out;
}
