import { createDb, migrate } from "@hearth/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-landlord.js";
import { seedDemoData } from "./seed.js";

const handle = await createDb();
try {
  await migrate(handle);
  const summary = await seedDemoData(handle.db);
  console.log(`${summary.created ? "Seeded" : "Already seeded"}: ${summary.homes} homes, ${summary.residents} residents (${handle.kind} at ${handle.location})`);
  console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => `${a.role} ${a.email}`).join(", ")}`);
  console.log(`Claim an account with tenancy ${summary.claimable.tenancyReference}, postcode ${summary.claimable.postcode}, surname ${summary.claimable.lastName}`);
} finally {
  await handle.close();
}
