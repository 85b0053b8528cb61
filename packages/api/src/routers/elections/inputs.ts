import { z } from "zod";

// Messages are translation keys in the "errors" namespace.

/** An election reference as URLs carry it (EL-2027-001); anything unknown ends as NOT_FOUND. */
export const electionReferenceInput = z.string().trim().min(1, { error: "errors.notFound" }).max(40, { error: "errors.notFound" });

export const electionVersionInput = z.coerce.number({ error: "errors.elections.changedMeanwhile" }).int().min(1, { error: "errors.elections.changedMeanwhile" });

/** Every officer change names the election by id and the version its form was drawn from. */
export const electionChangeShape = { electionId: z.uuid({ error: "errors.notFound" }), version: electionVersionInput };
export const electionChangeInput = z.object(electionChangeShape);
