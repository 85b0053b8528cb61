import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@hearth/domain/identity";

// Messages are translation keys (see @hearth/i18n "errors" namespace).
export const emailInput = z
  .string({ error: "errors.email.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "errors.email.required" })
  .max(254, { error: "errors.email.invalid" })
  .pipe(z.email({ error: "errors.email.invalid" }));

export const passwordInput = z
  .string({ error: "errors.password.required" })
  .min(1, { error: "errors.password.required" })
  .max(PASSWORD_MAX_LENGTH, { error: "errors.password.tooLong" });

export const nameInput = z
  .string({ error: "errors.name.required" })
  .trim()
  .min(1, { error: "errors.name.required" })
  .max(120, { error: "errors.name.tooLong" });

export const uuidInput = z.uuid({ error: "errors.notFound" });

export const pageInput = z.coerce.number().int().min(1).max(10_000).default(1);

// UK numbers: 10 or 11 digits once spaces, dashes and a +44 prefix are removed.
export const phoneInput = z
  .string()
  .trim()
  .max(20, { error: "errors.phone.invalid" })
  .transform((value, issue) => {
    if (value === "") return null;
    const digits = value.replace(/[\s()-]/g, "").replace(/^\+44/, "0");
    if (!/^0\d{9,10}$/.test(digits)) issue.addIssue({ code: "custom", message: "errors.phone.invalid" });
    return digits;
  });
