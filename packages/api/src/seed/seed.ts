import { eq } from "drizzle-orm";
import { schema, type Database } from "@hearth/db";
import { formatTenancyReference, type Role } from "@hearth/domain/identity";
import { hashPassword } from "../auth/password.js";
import {
  CLAIMABLE,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_STAFF,
  HOUSEHOLDS,
  LANDLORD,
  LANGUAGE_WEIGHTS,
  NEIGHBOURHOODS,
  SERVICE_AREAS,
} from "./demo-landlord.js";
import { seedComplaints } from "./complaints.js";
import { seedReviews } from "./reviews.js";
import { seedElections } from "./elections.js";
import { seededRandom } from "./random.js";

type Language = keyof typeof HOUSEHOLDS;
const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export interface SeedSummary {
  created: boolean;
  homes: number;
  residents: number;
  complaints: number;
  claimable: { tenancyReference: string; postcode: string; lastName: string };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Creates the demo landlord once; later runs change nothing and report what is there.
 * `now` anchors the demo complaints' dates (the 14 months up to it).
 */
export async function seedDemoData(db: Database, options: { now?: Date } = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const [existing] = await db.select().from(schema.landlords).where(eq(schema.landlords.slug, LANDLORD.slug));
  if (existing) return { created: false, ...(await describe(db)) };

  const random = seededRandom(2026);
  const languageFor = (): Language => {
    let roll = random.next() * 100;
    for (const [language, weight] of LANGUAGE_WEIGHTS) {
      if ((roll -= weight) < 0) return language;
    }
    return "en";
  };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const [landlord] = await tx.insert(schema.landlords).values(LANDLORD).returning();
    const landlordId = landlord!.id;
    await tx.insert(schema.serviceAreas).values(SERVICE_AREAS.map(([slug, name, description]) => ({ landlordId, slug, name, description })));

    let sequence = 0;
    type Home = typeof schema.homes.$inferInsert;
    type Tenancy = typeof schema.tenancies.$inferInsert & { id: string };
    type Resident = typeof schema.residents.$inferInsert & { id: string };
    const homes: (Home & { id: string })[] = [];
    const tenancies: Tenancy[] = [];
    const residents: Resident[] = [];
    const profiles: (typeof schema.residentProfiles.$inferInsert)[] = [];

    for (const area of NEIGHBOURHOODS) {
      const [neighbourhood] = await tx
        .insert(schema.neighbourhoods)
        .values({ landlordId, slug: area.slug, name: area.name, description: area.description })
        .returning();
      for (let i = 0; i < area.homes; i++) {
        const street = area.streets[i % area.streets.length]!;
        const streetIndex = (area.streets as readonly string[]).indexOf(street);
        const homeId = crypto.randomUUID();
        const flat = area.slug === "station-quarter" || (area.slug === "glan-yr-afon" && i % 3 === 0);
        homes.push({
          id: homeId,
          landlordId,
          neighbourhoodId: neighbourhood!.id,
          uprn: String(100100000000 + homes.length),
          addressLine1: flat ? `Flat ${1 + (i % 12)}, ${10 + streetIndex * 2} ${street}` : `${1 + Math.floor(i / area.streets.length) * 2} ${street}`,
          town: area.town,
          postcode: `${area.outward} ${1 + streetIndex}${INWARD_LETTERS[(i * 7) % 20]}${INWARD_LETTERS[(i * 3 + streetIndex) % 20]}`,
          bedrooms: flat ? random.int(1, 2) : random.int(2, 4),
        });
      }
    }

    for (const home of homes) {
      // About one home in twelve has a former tenancy: they must never count as current residents.
      if (random.next() < 0.08) {
        sequence++;
        const formerId = crypto.randomUUID();
        tenancies.push({ id: formerId, homeId: home.id, reference: formatTenancyReference(900000 + sequence), tenure: "assured", startDate: "2012-06-04", endDate: "2023-08-27" });
        const family = HOUSEHOLDS.en;
        residents.push({ id: crypto.randomUUID(), landlordId, tenancyId: formerId, tenancyRole: "lead-tenant", firstName: random.pick(family.first), lastName: random.pick(family.last) });
      }
      const number = tenancies.filter((t) => !t.endDate).length + 1;
      const tenancyId = crypto.randomUUID();
      const tenure = home.addressLine1.startsWith("Flat") && home.postcode.startsWith("NP20") && random.next() < 0.4 ? "shared-ownership" : random.pick(["assured", "assured", "assured", "secure", "starter"] as const);
      tenancies.push({ id: tenancyId, homeId: home.id, reference: formatTenancyReference(number), tenure, startDate: `${random.int(1998, 2025)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}` });

      const language = number === 3 ? "pl" : number === 2 ? "so" : number === 1 ? "en" : languageFor();
      const family = HOUSEHOLDS[language];
      const lastName: string = random.pick(family.last);
      const add = (tenancyRole: Resident["tenancyRole"], firstName: string, surname: string = lastName) => {
        const id = crypto.randomUUID();
        residents.push({ id, landlordId, tenancyId, tenancyRole, firstName, lastName: surname, dateOfBirth: `${random.int(1940, tenancyRole === "household-member" ? 2008 : 2000)}-0${random.int(1, 9)}-1${random.int(0, 9)}` });
        profiles.push({
          residentId: id,
          preferredLanguage: language,
          preferredFormat: random.next() < 0.06 ? random.pick(["large-print", "easy-read", "audio", "bsl"] as const) : "standard",
          contactMethods: [random.pick(["email", "phone", "text", "post"] as const)],
          supportNeeds: random.next() < 0.12 ? [random.pick(["mobility", "sight", "hearing", "interpreter", "digital"] as const)] : [],
        });
        return id;
      };
      const special = [null, DEMO_ACCOUNTS[0], DEMO_ACCOUNTS[2], CLAIMABLE][number] as { name?: string; firstName?: string; lastName?: string } | null | undefined;
      if (special?.name) {
        const [first = "", ...rest] = special.name.split(" ");
        add("lead-tenant", first, rest.join(" "));
      } else if (special?.firstName && special.lastName) {
        add("lead-tenant", special.firstName, special.lastName);
      } else {
        add("lead-tenant", random.pick(family.first));
        if (random.next() < 0.3) add("joint-tenant", random.pick(family.first));
        for (let k = random.int(0, 2); k > 0; k--) add("household-member", random.pick(family.first));
      }
    }

    for (const batch of chunks(homes, 200)) await tx.insert(schema.homes).values(batch);
    for (const batch of chunks(tenancies, 200)) await tx.insert(schema.tenancies).values(batch);
    for (const batch of chunks(residents, 200)) await tx.insert(schema.residents).values(batch);
    for (const batch of chunks(profiles, 200)) await tx.insert(schema.residentProfiles).values(batch);

    for (const account of DEMO_ACCOUNTS) {
      const tenancyNumber = "tenancy" in account ? account.tenancy : null;
      const reference = tenancyNumber ? formatTenancyReference(tenancyNumber) : null;
      const tenancy = reference ? tenancies.find((t) => t.reference === reference) : undefined;
      const resident = tenancy ? residents.find((r) => r.tenancyId === tenancy.id && r.tenancyRole === "lead-tenant") : undefined;
      const roles: Role[] = resident ? ["resident", ...(account.role === "resident" ? [] : [account.role])] : [account.role];
      const [user] = await tx
        .insert(schema.users)
        .values({ email: account.email, name: account.name, passwordHash, residentId: resident?.id ?? null })
        .returning();
      await tx.insert(schema.userRoles).values(roles.map((role) => ({ userId: user!.id, role })));
    }
    for (const person of DEMO_STAFF) {
      const [user] = await tx.insert(schema.users).values({ email: person.email, name: person.name, passwordHash }).returning({ id: schema.users.id });
      await tx.insert(schema.userRoles).values({ userId: user!.id, role: person.role });
    }
    await seedComplaints(tx, { landlordId, passwordHash, now });
    await seedReviews(tx, { landlordId, now });
    await seedElections(tx, { landlordId, passwordHash, now });
    await tx.insert(schema.auditLog).values({ actorUserId: null, action: "system.demo-data-seeded", subjectType: "landlord", subjectId: landlordId, details: { homes: homes.length, residents: residents.length } });
  });

  return { created: true, ...(await describe(db)) };
}

async function describe(db: Database): Promise<Omit<SeedSummary, "created">> {
  const homes = await db.$count(schema.homes);
  const residentCount = await db.$count(schema.residents);
  const complaints = await db.$count(schema.complaints);
  const [claimable] = await db
    .select({ reference: schema.tenancies.reference, postcode: schema.homes.postcode })
    .from(schema.tenancies)
    .innerJoin(schema.homes, eq(schema.homes.id, schema.tenancies.homeId))
    .where(eq(schema.tenancies.reference, formatTenancyReference(CLAIMABLE.tenancy)));
  return {
    homes,
    residents: residentCount,
    complaints,
    claimable: { tenancyReference: claimable?.reference ?? "", postcode: claimable?.postcode ?? "", lastName: CLAIMABLE.lastName },
  };
}
