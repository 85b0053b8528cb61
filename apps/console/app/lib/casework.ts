// Complaint casework: names shared by the queue, the complaint page and the
// step pages (safe for the browser bundle: no server imports).
import { COMPLAINT_STATUSES, type ComplaintStatus } from "@hearth/domain/complaints";
import type { TagColour } from "@hearth/ui";

/** The staff steps that have their own page, in the order the buttons show them. */
export const STEPS = ["acknowledge", "assign", "extend", "respond", "escalate", "close", "refuse", "withdraw"] as const;
export type Step = (typeof STEPS)[number];
/** A page that changes the complaint: a step, or recording a contact (always possible, so never blocked). */
export type StepName = Step | "contact";

/** What a success banner on the complaint page can report (`?done=`). */
export const DONE = [...STEPS, "contact", "action", "recorded"] as const;
export type Done = (typeof DONE)[number];

export const STATUS_COLOURS: Record<ComplaintStatus, TagColour> = {
  received: "light-blue",
  "stage1-acknowledged": "blue",
  "stage1-extended": "yellow",
  "stage1-responded": "turquoise",
  escalated: "orange",
  "stage2-acknowledged": "blue",
  "stage2-extended": "yellow",
  "final-response": "purple",
  closed: "grey",
  refused: "red",
  withdrawn: "grey",
};

/** Queue filters as they appear in the query string. */
export const QUEUE_FILTERS = ["stage", "status", "serviceArea", "neighbourhood", "handler", "due"] as const;
export type QueueFilterName = (typeof QUEUE_FILTERS)[number];
export const QUEUE_SORTS = ["due", "received", "reference"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export function complaintPath(reference: string, done?: Done): string {
  return `/complaints/${encodeURIComponent(reference)}${done ? `?done=${done}` : ""}`;
}

/** How many point boxes the acknowledge page offers, and action rows the respond page offers. */
export const POINT_ROWS = 5;
export const ACTION_ROWS = 3;

/** Contact notes staff can record (the API's list). */
export const NOTE_METHODS = ["phone", "visit", "letter", "email", "text"] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES: readonly string[] = COMPLAINT_STATUSES;

/** Where each sort starts when its header is first chosen: soonest due, newest received. */
const FIRST_DIRECTION: Record<QueueSort, "asc" | "desc"> = { due: "asc", received: "desc", reference: "asc" };

export interface QueueQuery {
  /** As the form shows them ("" for any). */
  filters: Record<QueueFilterName, string>;
  sort: QueueSort;
  direction: "asc" | "desc";
}

/**
 * The queue's filters and sort from a query string. Values that are not on a
 * list are dropped, as if not chosen, so an edited URL shows results instead
 * of an error.
 */
export function parseQueueQuery(params: URLSearchParams): QueueQuery {
  const get = (name: string) => (params.get(name) ?? "").trim();
  const stage = get("stage");
  const status = get("status");
  const handler = get("handler");
  const due = get("due");
  const sortParam = get("sort");
  const sort: QueueSort = (QUEUE_SORTS as readonly string[]).includes(sortParam) ? (sortParam as QueueSort) : "due";
  const direction = get("direction");
  return {
    filters: {
      stage: stage === "1" || stage === "2" ? stage : "",
      status: STATUSES.includes(status) ? status : "",
      serviceArea: get("serviceArea").slice(0, 80),
      neighbourhood: get("neighbourhood").slice(0, 80),
      handler: handler === "unassigned" || UUID.test(handler) ? handler : "",
      due: due === "overdue" || due === "soon" ? due : "",
    },
    sort,
    direction: direction === "asc" || direction === "desc" ? direction : FIRST_DIRECTION[sort],
  };
}

/** The queue query as the API takes it. */
export function queueInput({ filters, sort, direction }: QueueQuery) {
  return {
    stage: filters.stage ? (Number(filters.stage) as 1 | 2) : undefined,
    status: (filters.status || undefined) as ComplaintStatus | undefined,
    serviceArea: filters.serviceArea || undefined,
    neighbourhood: filters.neighbourhood || undefined,
    handler: filters.handler || undefined,
    due: (filters.due || undefined) as "overdue" | "soon" | undefined,
    sort,
    direction,
  };
}

/** The query string for these filters and sort (empty values left out). */
export function queueSearch(query: QueueQuery, change: Partial<Pick<QueueQuery, "sort" | "direction">> = {}): string {
  const params = new URLSearchParams();
  for (const name of QUEUE_FILTERS) if (query.filters[name]) params.set(name, query.filters[name]);
  const sort = change.sort ?? query.sort;
  const direction = change.direction ?? (change.sort && change.sort !== query.sort ? FIRST_DIRECTION[change.sort] : query.direction);
  if (sort !== "due" || direction !== FIRST_DIRECTION.due) {
    params.set("sort", sort);
    params.set("direction", direction);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
