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
