import type { scopeOf } from "./request.server";

type Scope = Awaited<ReturnType<typeof scopeOf>>;

/**
 * For the "Messages" link on every page. Staff signed in to the portal, and
 * accounts that must first change a temporary password, have none to count.
 */
export async function unreadMessages(scope: Scope): Promise<number> {
  const user = scope.user;
  if (!user?.residentId || !user.roles.includes("resident") || user.mustChangePassword) return 0;
  return scope.caller.messages.unreadCount();
}
