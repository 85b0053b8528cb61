// Shared set-up for the complaints integration tests: a landlord with service
// areas, a resident with an account, staff handlers and a clock tests can move.
import { schema, type Database } from "@hearth/db";
import { callerAs, createResidentUser, createUser } from "../../testing/index.js";

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** A clock at noon UK time on the given day; `set` moves it. */
export function testClock(day: string) {
  let current = new Date(`${day}T12:00:00Z`);
  return { now: () => current, set: (next: string) => (current = new Date(`${next}T12:00:00Z`)) };
}

export async function complaintsWorld(db: Database, clock: ReturnType<typeof testClock>) {
  const resident = await createResidentUser(db);
  await db.insert(schema.serviceAreas).values([
    { landlordId: resident.landlord.id, slug: "repairs", name: "Responsive repairs" },
    { landlordId: resident.landlord.id, slug: "damp-and-mould", name: "Damp and mould" },
  ]);
  const officer = await createUser(db, { roles: ["staff"], name: "Officer One" });
  const manager = await createUser(db, { roles: ["staff"], name: "Manager Two" });
  const now = clock.now;
  return {
    resident,
    officer,
    manager,
    asResident: await callerAs(db, resident.user.id, { now }),
    asOfficer: await callerAs(db, officer.id, { app: "console", now }),
    asManager: await callerAs(db, manager.id, { app: "console", now }),
  };
}

export type ComplaintsWorld = Awaited<ReturnType<typeof complaintsWorld>>;

/** Fills in every question and sends the complaint, as the portal does. */
export async function makeComplaint(world: ComplaintsWorld, serviceArea = "repairs") {
  const c = world.asResident.complaints;
  await c.saveStep({ step: "about", serviceArea });
  await c.saveStep({ step: "what-happened", whatHappened: "The boiler has been broken for three weeks and two visits were missed." });
  await c.saveStep({ step: "put-right", putRight: "Fix the boiler and keep the appointments you make." });
  await c.saveStep({ step: "contact", contactMethod: "phone", phone: "07700 900123" });
  return c.submit();
}
