// How a complaint reached the landlord. The Code accepts a complaint however it
// is made; staff record phone, letter, email and face-to-face complaints for
// the resident so every route ends in the same procedure.
export const COMPLAINT_CHANNELS = ["portal", "phone", "letter", "email", "in-person"] as const;

export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** Channels staff record on a resident's behalf (the portal is the resident's own). */
export const STAFF_RECORDED_CHANNELS = COMPLAINT_CHANNELS.filter((c) => c !== "portal");
