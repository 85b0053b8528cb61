import { z } from "zod";
import { CAUSE_CATEGORIES, POINT_DECISIONS, REFUSAL_REASONS, STAFF_RECORDED_CHANNELS, parseComplaintReference } from "@hearth/domain/complaints";
import { CONTACT_METHODS } from "@hearth/domain/identity";
import { phoneInput } from "../identity/inputs.js";

// Messages are translation keys in the "errors" namespace.
export const referenceInput = z.string().transform((value, issue) => {
  const reference = parseComplaintReference(value);
  if (!reference) {
    issue.addIssue({ code: "custom", message: "errors.notFound" });
    return z.NEVER;
  }
  return reference;
});

const text = (required: string, tooLong: string, max: number, min = 1) =>
  z
    .string({ error: required })
    .trim()
    .min(min, { error: required })
    .max(max, { error: tooLong });

export const serviceAreaInput = z.string({ error: "errors.complaints.serviceAreaRequired" }).trim().min(1, { error: "errors.complaints.serviceAreaRequired" }).max(80);
export const whatHappenedInput = text("errors.complaints.whatHappenedRequired", "errors.complaints.whatHappenedTooLong", 5000);
export const putRightInput = text("errors.complaints.putRightRequired", "errors.complaints.putRightTooLong", 2000);

/** How the resident wants to hear from us; phone and text need a number. */
export const contactShape = {
  contactMethod: z.enum(CONTACT_METHODS, { error: "errors.complaints.contactMethodRequired" }),
  phone: phoneInput.default(""),
};

export function checkContact({ contactMethod, phone }: { contactMethod: string; phone: string | null }, issue: z.RefinementCtx): void {
  if ((contactMethod === "phone" || contactMethod === "text") && !phone) {
    issue.addIssue({ code: "custom", path: ["phone"], message: "errors.phone.required" });
  }
}

export const isoDateInput = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "errors.date.invalid" })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: "errors.date.invalid",
    });

export const versionInput = z.coerce.number().int().min(1);

/** Pounds as typed ("50", "12.5", "£1,200.00") to integer pence; never negative. */
export const poundsInput = z
  .string()
  .trim()
  .transform((value, issue) => {
    if (value === "") return 0;
    const cleaned = value.replace(/^£/, "").replace(/,/g, "");
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) {
      issue.addIssue({ code: "custom", message: "errors.complaints.invalidCompensation" });
      return z.NEVER;
    }
    const [pounds, pence = ""] = cleaned.split(".");
    return Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
  });

export const pointsInput = z
  .array(z.string().trim().max(500, { error: "errors.complaints.pointTooLong" }))
  .max(10)
  .transform((points) => points.filter((p) => p !== ""))
  .refine((points) => points.length > 0, { error: "errors.complaints.pointsRequired" });

export const decisionInput = z.object({
  pointId: z.uuid(),
  decision: z.enum(POINT_DECISIONS, { error: "errors.complaints.invalidDecision" }),
  reasons: text("errors.complaints.reasonsRequired", "errors.complaints.reasonsTooLong", 3000),
});

export const actionInput = z.object({
  description: text("errors.complaints.invalidAction", "errors.complaints.actionTooLong", 500),
  ownerId: z.uuid({ error: "errors.complaints.actionOwnerRequired" }),
  dueOn: isoDateInput("errors.complaints.actionDateRequired"),
});

export const causeInput = z.enum(CAUSE_CATEGORIES, { error: "errors.complaints.causeRequired" });
export const refusalReasonInput = z.enum(REFUSAL_REASONS, { error: "errors.complaints.invalidRefusalReason" });
const staffChannels = STAFF_RECORDED_CHANNELS as ["phone", ...("phone" | "letter" | "email" | "in-person")[]];
export const staffChannelInput = z.enum(staffChannels, { error: "errors.complaints.channelRequired" });
/** How a stage 2 request reached us: the same channels, with a message about the request rather than the complaint. */
export const requestChannelInput = z.enum(staffChannels, { error: "errors.complaints.requestChannelRequired" });
