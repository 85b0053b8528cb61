import { createDb } from "../client.js";
import { migrate } from "../migrate.js";

const handle = await createDb();
try {
  await migrate(handle);
  console.log(`Migrations applied to ${handle.kind} database at ${handle.location}`);
} finally {
  await handle.close();
}
