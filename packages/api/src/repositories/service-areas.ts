import { and, asc, eq } from "drizzle-orm";
import { schema, type Executor } from "@hearth/db";

const { serviceAreas } = schema;

export function activeServiceAreas(db: Executor, landlordId: string) {
  return db
    .select({ id: serviceAreas.id, slug: serviceAreas.slug, name: serviceAreas.name, description: serviceAreas.description })
    .from(serviceAreas)
    .where(and(eq(serviceAreas.landlordId, landlordId), eq(serviceAreas.active, true)))
    .orderBy(asc(serviceAreas.name));
}

export async function serviceAreaBySlug(db: Executor, landlordId: string, slug: string) {
  const [area] = await db
    .select({ id: serviceAreas.id, slug: serviceAreas.slug })
    .from(serviceAreas)
    .where(and(eq(serviceAreas.landlordId, landlordId), eq(serviceAreas.slug, slug), eq(serviceAreas.active, true)));
  return area ?? null;
}

/** The landlord this installation serves (staff accounts are not tied to one). */
export async function installationLandlordId(db: Executor): Promise<string | null> {
  const [landlord] = await db.select({ id: schema.landlords.id }).from(schema.landlords).orderBy(asc(schema.landlords.createdAt)).limit(1);
  return landlord?.id ?? null;
}
