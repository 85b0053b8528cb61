import type { Executor } from "@hearth/db";
import { schema } from "@hearth/db";

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
  address?: string | null;
}

/** Write inside the same transaction as the change it records, so neither exists without the other. */
export async function writeAudit(db: Executor, entry: AuditEntry, now: Date): Promise<void> {
  await db.insert(schema.auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
    address: entry.address ?? null,
    occurredAt: now,
  });
}
