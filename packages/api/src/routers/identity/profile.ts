import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "@hearth/db";
import {
  CONTACT_METHODS,
  EQUALITY_QUESTIONS,
  LOCALES,
  PREFERRED_FORMATS,
  SUPPORT_NEEDS,
} from "@hearth/domain/identity";
import { refuse } from "../../errors.js";
import { residentProcedure, router } from "../../trpc.js";
import { phoneInput } from "./inputs.js";

const { homes, neighbourhoods, residentProfiles, residents, tenancies, users } = schema;

type ProfileChange = Partial<typeof residentProfiles.$inferInsert>;

/** Residents who claimed before profiles existed get one on first change. */
async function saveProfile(db: Executor, residentId: string, userId: string, change: ProfileChange, now: Date) {
  await db
    .insert(residentProfiles)
    .values({ residentId, ...change, updatedByUserId: userId, updatedAt: now })
    .onConflictDoUpdate({ target: residentProfiles.residentId, set: { ...change, updatedByUserId: userId, updatedAt: now } });
}

const list = <T extends readonly [string, ...string[]]>(values: T, error: string) =>
  z.array(z.enum(values, { error })).max(values.length).default([]).transform((items) => [...new Set(items)]);


const equalityInput = z.object(
  Object.fromEntries(
    Object.entries(EQUALITY_QUESTIONS).map(([question, answers]) => [
      question,
      z.enum(answers as unknown as [string, ...string[]], { error: "errors.invalid" }).optional(),
    ]),
  ) as { [K in keyof typeof EQUALITY_QUESTIONS]: z.ZodOptional<z.ZodEnum<{ [A in (typeof EQUALITY_QUESTIONS)[K][number]]: A }>> },
);

export const profileRouter = router({
  get: residentProcedure.query(async ({ ctx }) => {
    const [row] = await ctx.db
      .select({
        resident: residents,
        email: users.email,
        tenancyReference: tenancies.reference,
        home: { addressLine1: homes.addressLine1, addressLine2: homes.addressLine2, town: homes.town, postcode: homes.postcode },
        neighbourhood: neighbourhoods.name,
        profile: residentProfiles,
      })
      .from(residents)
      .innerJoin(tenancies, eq(tenancies.id, residents.tenancyId))
      .innerJoin(homes, eq(homes.id, tenancies.homeId))
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, homes.neighbourhoodId))
      .innerJoin(users, eq(users.residentId, residents.id))
      .leftJoin(residentProfiles, eq(residentProfiles.residentId, residents.id))
      .where(eq(residents.id, ctx.residentId));
    if (!row) throw refuse("NOT_FOUND", "errors.notFound");
    const profile = row.profile;
    return {
      firstName: row.resident.firstName,
      lastName: row.resident.lastName,
      email: row.email,
      tenancyReference: row.tenancyReference,
      home: row.home,
      neighbourhood: row.neighbourhood,
      preferredLanguage: profile?.preferredLanguage ?? ctx.locale,
      preferredFormat: profile?.preferredFormat ?? "standard",
      contactMethods: profile?.contactMethods ?? [],
      phone: profile?.phone ?? null,
      supportNeeds: profile?.supportNeeds ?? [],
      supportNotes: profile?.supportNotes ?? "",
      equality: profile?.equality ?? {},
    };
  }),

  setLanguage: residentProcedure
    .input(z.object({ language: z.enum(LOCALES, { error: "errors.language.invalid" }) }))
    .mutation(async ({ ctx, input }) => {
      await saveProfile(ctx.db, ctx.residentId, ctx.user.id, { preferredLanguage: input.language }, ctx.now());
      return { language: input.language };
    }),

  setFormat: residentProcedure
    .input(z.object({ format: z.enum(PREFERRED_FORMATS, { error: "errors.format.required" }) }))
    .mutation(async ({ ctx, input }) => {
      await saveProfile(ctx.db, ctx.residentId, ctx.user.id, { preferredFormat: input.format }, ctx.now());
      return { format: input.format };
    }),

  setContact: residentProcedure
    .input(
      z
        .object({ methods: list(CONTACT_METHODS, "errors.contact.invalid"), phone: phoneInput.default("") })
        .superRefine((value, issue) => {
          if (value.methods.length === 0) issue.addIssue({ code: "custom", path: ["methods"], message: "errors.contact.required" });
          const needsPhone = value.methods.includes("phone") || value.methods.includes("text");
          if (needsPhone && !value.phone) issue.addIssue({ code: "custom", path: ["phone"], message: "errors.phone.required" });
        }),
    )
    .mutation(async ({ ctx, input }) => {
      await saveProfile(ctx.db, ctx.residentId, ctx.user.id, { contactMethods: input.methods, phone: input.phone }, ctx.now());
      return { methods: input.methods };
    }),

  setSupport: residentProcedure
    .input(
      z.object({
        needs: list(SUPPORT_NEEDS, "errors.support.invalid"),
        notes: z.string().trim().max(1000, { error: "errors.support.notesTooLong" }).default(""),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await saveProfile(ctx.db, ctx.residentId, ctx.user.id, { supportNeeds: input.needs, supportNotes: input.notes }, ctx.now());
      return { needs: input.needs };
    }),

  setEquality: residentProcedure.input(equalityInput).mutation(async ({ ctx, input }) => {
    const answers = Object.fromEntries(Object.entries(input).filter(([, answer]) => answer !== undefined)) as Record<string, string>;
    await saveProfile(ctx.db, ctx.residentId, ctx.user.id, { equality: answers }, ctx.now());
    return { answered: Object.keys(answers).length };
  }),
});
