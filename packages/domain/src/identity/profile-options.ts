// What a landlord records to serve a resident well (People First, building
// block 2). Every equality question is optional and offers "prefer not to say".
export const PREFERRED_FORMATS = ["standard", "large-print", "easy-read", "audio", "braille", "bsl", "text-relay"] as const;
export type PreferredFormat = (typeof PREFERRED_FORMATS)[number];

export const CONTACT_METHODS = ["email", "phone", "text", "post"] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export const SUPPORT_NEEDS = [
  "mobility", "sight", "hearing", "learning", "mental-health", "interpreter", "digital", "other",
] as const;
export type SupportNeed = (typeof SUPPORT_NEEDS)[number];

export const PREFER_NOT_TO_SAY = "prefer-not-to-say";

export const EQUALITY_QUESTIONS = {
  ageBand: ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-plus", PREFER_NOT_TO_SAY],
  sex: ["female", "male", PREFER_NOT_TO_SAY],
  genderSameAsBirth: ["yes", "no", PREFER_NOT_TO_SAY],
  ethnicity: ["asian", "black", "mixed", "white", "arab", "other", PREFER_NOT_TO_SAY],
  disability: ["yes", "no", PREFER_NOT_TO_SAY],
  religion: ["none", "christian", "muslim", "hindu", "sikh", "jewish", "buddhist", "other", PREFER_NOT_TO_SAY],
  sexualOrientation: ["heterosexual", "gay-lesbian", "bisexual", "other", PREFER_NOT_TO_SAY],
} as const;
export type EqualityQuestion = keyof typeof EQUALITY_QUESTIONS;
export const EQUALITY_QUESTION_IDS = Object.keys(EQUALITY_QUESTIONS) as EqualityQuestion[];

/** "No support needed" and "prefer not to say" cannot be ticked alongside a need. */
export function exclusiveChoiceConflict(values: readonly string[], exclusive: string): boolean {
  return values.includes(exclusive) && values.length > 1;
}
