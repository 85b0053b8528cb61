import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "@hearth/db";
import { EVIDENCE_LIMITS } from "@hearth/domain/reviews";
import { problems, refusal, useTestDatabase } from "../../testing/index.js";
import { PDF, PNG, evidenceWorld, type EvidenceWorld } from "./evidence-test-support.js";

describe("the review evidence log", () => {
  const db = useTestDatabase();
  let world: EvidenceWorld;
  beforeAll(async () => {
    world = await evidenceWorld(db());
  });

  const log = (reference: string) => world.asOfficer.reviewEvidence.list({ reference });
  const auditFor = (reviewId: string) => db().select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, reviewId));

  it("keeps notes, links, meeting records and files, oldest first, each with who added it", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    await api.addNote({ ...(await world.current(review.id)), title: "Walkabout on Maes-y-Coed", body: "Three blocks had broken door entry." });
    await api.addLink({ ...(await world.current(review.id)), title: "Peer benchmarking", url: " https://www.example.org/benchmarks?year=2025 " });
    await api.addMeeting({ ...(await world.current(review.id)), title: "Review group 1", meetingOn: "2026-06-10", attendees: "Rhian (lead), two residents, contractor", body: "Agreed the brief." });
    const added = await api.addFile({ ...(await world.current(review.id)), title: "", fileName: "../../Survey results.exe", bytes: PDF });
    expect(added.fileName).toBe("Survey results.pdf");

    const list = await log(review.reference);
    expect(list.canEdit).toBe(true);
    expect(list.total).toBe(4);
    expect(list.counts).toEqual({ note: 1, link: 1, meeting: 1, file: 1 });
    expect(list.entries.map((e) => e.kind)).toEqual(["note", "link", "meeting", "file"]);
    const [note, link, meeting, file] = list.entries;
    expect(note).toMatchObject({ title: "Walkabout on Maes-y-Coed", body: "Three blocks had broken door entry.", createdBy: "Officer One", citedBy: [] });
    expect(link).toMatchObject({ url: "https://www.example.org/benchmarks?year=2025" });
    expect(meeting).toMatchObject({ meetingOn: "2026-06-10", attendees: "Rhian (lead), two residents, contractor", body: "Agreed the brief." });
    expect(file).toMatchObject({ title: "Survey results.pdf", file: { name: "Survey results.pdf", type: "application/pdf", size: PDF.length } });
    expect((await world.asOfficer.reviewEvidence.list({ reference: review.reference, kind: "meeting" })).entries.map((e) => e.id)).toEqual([meeting!.id]);

    const download = await api.file({ reference: review.reference, id: file!.id });
    expect(download.fileName).toBe("Survey results.pdf");
    expect([...download.content]).toEqual([...PDF]);

    // Every change bumped the version once and left an audit entry.
    expect((await world.current(review.id)).version).toBe(review.version + 4);
    const audit = await auditFor(review.id);
    expect(audit.map((a) => a.action)).toEqual(Array(4).fill("review.evidence-added"));
    expect(audit.find((a) => (a.details as { kind?: string }).kind === "file")?.details).toMatchObject({ fileName: "Survey results.pdf", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("keeps only web links, and says what is wrong next to the field", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const version = await world.current(review.id);
    expect(await problems(api.addLink({ ...version, title: "Bad", url: "javascript:alert(1)" }))).toEqual([{ field: "url", key: "errors.reviews.evidence.linkNotWeb" }]);
    expect(await problems(api.addLink({ ...version, title: "Bad", url: "file:///etc/passwd" }))).toEqual([{ field: "url", key: "errors.reviews.evidence.linkNotWeb" }]);
    expect(await problems(api.addLink({ ...version, title: "", url: "not a link" }))).toEqual([
      { field: "title", key: "errors.reviews.evidence.titleRequired" },
      { field: "url", key: "errors.reviews.evidence.linkInvalid" },
    ]);
    expect(await problems(api.addNote({ ...version, title: "x".repeat(EVIDENCE_LIMITS.titleMax + 1), body: "" }))).toEqual([
      { field: "title", key: "errors.reviews.evidence.titleTooLong" },
      { field: "body", key: "errors.reviews.evidence.bodyRequired" },
    ]);
    expect((await log(review.reference)).total).toBe(0);
    expect((await world.current(review.id)).version).toBe(review.version);
  });

  it("records meetings that have happened, with who attended", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const version = await world.current(review.id);
    expect(await problems(api.addMeeting({ ...version, title: "Next meeting", meetingOn: "2026-06-16", attendees: "All", body: "Plan" }))).toEqual([
      { field: "meetingOn", key: "errors.reviews.evidence.meetingInFuture" },
    ]);
    expect(await problems(api.addMeeting({ ...version, title: "Meeting", meetingOn: "2026-02-30", attendees: " ", body: "Notes" }))).toEqual([
      { field: "meetingOn", key: "errors.date.invalid" },
      { field: "attendees", key: "errors.reviews.evidence.attendeesRequired" },
    ]);
    await api.addMeeting({ ...version, title: "Today's meeting", meetingOn: "2026-06-15", attendees: "All", body: "Notes" });
    expect((await log(review.reference)).total).toBe(1);
  });

  it("accepts only PDF, JPEG and PNG files within the size and count limits, judged by their bytes", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const add = async (bytes: Uint8Array<ArrayBuffer>, fileName = "photo.png") => problems(api.addFile({ ...(await world.current(review.id)), title: "", fileName, bytes }));
    expect(await add(new TextEncoder().encode("MZ\x90\x00 executable"), "photo.png")).toEqual([{ field: "file", key: "errors.reviews.evidence.file.wrongType" }]);
    expect(await add(new Uint8Array())).toEqual([{ field: "file", key: "errors.reviews.evidence.file.empty" }]);
    const big = new Uint8Array(EVIDENCE_LIMITS.maxBytes + 1);
    big.set(PNG);
    expect(await add(big)).toEqual([{ field: "file", key: "errors.reviews.evidence.file.tooLarge" }]);
    expect((await log(review.reference)).total).toBe(0);

    const photo = await api.addFile({ ...(await world.current(review.id)), title: "Door entry panel", fileName: "IMG_0001.jpeg", bytes: PNG });
    expect(photo.fileName).toBe("IMG_0001.png");
    const [entry] = (await log(review.reference)).entries;
    expect(entry).toMatchObject({ title: "Door entry panel", file: { type: "image/png" } });

    // Fill the log to its limit directly, then one more through the API.
    const rows = Array.from({ length: EVIDENCE_LIMITS.maxFiles - 1 }, (_, i) => ({ reviewId: review.id, kind: "file" as const, title: `f${i}`, fileName: `f${i}.png`, mimeType: "image/png", byteSize: PNG.length, content: PNG, createdByUserId: world.complaints.officer.id }));
    await db().insert(schema.reviewEvidence).values(rows);
    expect(await add(PNG)).toEqual([{ field: "file", key: "errors.reviews.evidence.file.tooMany" }]);
  });

  it("refuses a form drawn from an older version and writes nothing", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const stale = await world.current(review.id);
    await api.addNote({ ...stale, title: "First", body: "One" });
    expect(await refusal(api.addNote({ ...stale, title: "Second", body: "Two" }))).toBe("errors.reviews.changedMeanwhile");
    expect((await log(review.reference)).entries.map((e) => e.title)).toEqual(["First"]);
  });

  it("removes an entry unless an answer still cites it, and then says which answers do", async () => {
    const review = await world.review();
    const api = world.asOfficer.reviewEvidence;
    const { id: kept } = await api.addNote({ ...(await world.current(review.id)), title: "Cited", body: "Backs two answers" });
    const { id: spare } = await api.addNote({ ...(await world.current(review.id)), title: "Spare", body: "Backs nothing" });
    await world.asOfficer.fourCs.saveAnswer({ ...(await world.current(review.id)), question: "challenge.objectives", answer: "To keep homes safe", evidenceIds: [kept] });
    await world.asOfficer.fourCs.saveAnswer({ ...(await world.current(review.id)), question: "compare.peers", answer: "Second quartile", evidenceIds: [kept] });

    expect((await log(review.reference)).entries.find((e) => e.id === kept)?.citedBy).toEqual(["challenge.objectives", "compare.peers"]);
    const before = await world.current(review.id);
    try {
      await api.remove({ ...before, id: kept });
      expect.unreachable();
    } catch (error) {
      const cause = (error as { cause?: { key?: string; options?: unknown } }).cause;
      expect(cause).toMatchObject({ key: "errors.reviews.evidence.stillCited", options: { params: { questions: "challenge.objectives, compare.peers" } } });
    }
    expect((await world.current(review.id)).version).toBe(before.version);

    await api.remove({ ...before, id: spare });
    expect((await log(review.reference)).entries.map((e) => e.id)).toEqual([kept]);
    expect((await auditFor(review.id)).some((a) => a.action === "review.evidence-removed")).toBe(true);

    // Another review's entry is not this review's to remove.
    const other = await world.review();
    expect(await refusal(api.remove({ ...(await world.current(other.id)), id: kept }))).toBe("errors.notFound");
    const [still] = await db().select().from(schema.reviewEvidence).where(and(eq(schema.reviewEvidence.id, kept)));
    expect(still).toBeDefined();
  });

  it("serves a file only through its own review", async () => {
    const review = await world.review();
    const other = await world.review();
    const { id } = await world.asOfficer.reviewEvidence.addFile({ ...(await world.current(review.id)), title: "Plan", fileName: "plan.pdf", bytes: PDF });
    expect(await refusal(world.asOfficer.reviewEvidence.file({ reference: other.reference, id }))).toBe("errors.notFound");
    const { id: note } = await world.asOfficer.reviewEvidence.addNote({ ...(await world.current(review.id)), title: "Note", body: "Text" });
    expect(await refusal(world.asOfficer.reviewEvidence.file({ reference: review.reference, id: note }))).toBe("errors.notFound");
  });

  it("settles with the findings: read-only once approved, readable by scrutiny only then, never by residents", async () => {
    const review = await world.review();
    const { id } = await world.asOfficer.reviewEvidence.addFile({ ...(await world.current(review.id)), title: "Plan", fileName: "plan.pdf", bytes: PDF });
    // Scrutiny panel members do not see a review before it is approved.
    expect(await refusal(world.asPanel.reviewEvidence.list({ reference: review.reference }))).toBe("errors.notFound");

    await world.setStage(review.id, "approved");
    const version = await world.current(review.id);
    expect(await refusal(world.asOfficer.reviewEvidence.addNote({ ...version, title: "Late", body: "Too late" }))).toBe("errors.reviews.notEditable");
    expect(await refusal(world.asOfficer.reviewEvidence.remove({ ...version, id }))).toBe("errors.reviews.notEditable");
    expect((await log(review.reference)).canEdit).toBe(false);

    const seen = await world.asPanel.reviewEvidence.list({ reference: review.reference });
    expect(seen).toMatchObject({ canEdit: false, total: 1 });
    expect((await world.asPanel.reviewEvidence.file({ reference: review.reference, id })).fileName).toBe("plan.pdf");
    expect(await refusal(world.asPanel.reviewEvidence.addNote({ ...version, title: "Panel", body: "No" }))).toBe("FORBIDDEN");
    expect((await world.asAdmin.reviewEvidence.list({ reference: review.reference })).canEdit).toBe(false);
    expect(await refusal(world.asAdmin.reviewEvidence.addNote({ ...version, title: "Admin", body: "No" }))).toBe("FORBIDDEN");

    expect(await refusal(world.asResident.reviewEvidence.list({ reference: review.reference }))).toBe("FORBIDDEN");
    expect(await refusal(world.asResident.reviewEvidence.file({ reference: review.reference, id }))).toBe("FORBIDDEN");
    expect(await refusal(world.asAnyone.reviewEvidence.list({ reference: review.reference }))).toBe("UNAUTHORIZED");
    expect((await world.current(review.id)).version).toBe(version.version);
  });
});
