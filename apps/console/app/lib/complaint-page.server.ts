// The complaint page's data: the staff view from the API with every date and
// sum already formatted in the page language (so the browser hydrates exactly
// what the server sent) and people's ids turned into names.
import { isLocale, LANGUAGE_NAMES, textDirection, type Locale } from "@hearth/i18n";
import { STEPS, type Step } from "./casework";
import { currentStage, day, pounds, type CaseDetail } from "./casework.server";

export function complaintPage(locale: Locale, complaint: CaseDetail, me: { id: string }) {
  const names = new Map<string, string>(complaint.staff.map((person) => [person.id, person.name]));
  for (const stage of complaint.stages) if (stage.handler.name) names.set(stage.handler.id, stage.handler.name);
  const nameOf = (id: unknown) => (typeof id === "string" ? (names.get(id) ?? null) : null);
  const language = complaint.language;
  const languageName = (code: string | null | undefined) => (code && isLocale(code) ? LANGUAGE_NAMES[code] : (code ?? null));

  return {
    reference: complaint.reference,
    version: complaint.version,
    status: complaint.status,
    stage: currentStage(complaint),
    steps: STEPS.filter((step): step is Step => complaint.allowed.includes(step)),
    /** Stage 2 is the resident's to ask for: in the portal, or by other means that staff record. */
    canEscalate: complaint.allowed.includes("escalate"),
    channel: complaint.channel,
    recordedBy: complaint.recordedBy,
    serviceArea: complaint.serviceArea,
    received: day(locale, complaint.receivedOn),
    escalated: day(locale, complaint.escalatedOn),
    nextDue: day(locale, complaint.nextDueOn),
    overdue: complaint.overdue,
    words: {
      lang: language,
      dir: isLocale(language) ? textDirection(language) : undefined,
      languageName: languageName(language),
      whatHappened: complaint.whatHappened,
      putRight: complaint.putRight,
    },
    resident: {
      name: `${complaint.resident.firstName} ${complaint.resident.lastName}`,
      tenancyReference: complaint.resident.tenancyReference,
      address: [complaint.resident.addressLine1, complaint.resident.town, complaint.resident.postcode].filter(Boolean),
      neighbourhood: complaint.resident.neighbourhood,
      language: languageName(complaint.resident.preferredLanguage),
      languageCode: complaint.resident.preferredLanguage,
      supportNeeds: complaint.resident.supportNeeds ?? [],
      format: complaint.resident.preferredFormat,
    },
    contact: complaint.contact,
    closure: complaint.closure ? { ...complaint.closure, closed: day(locale, complaint.closure.closedOn) } : null,
    refusal: complaint.refusal ? { ...complaint.refusal, refused: day(locale, complaint.refusal.on) } : null,
    withdrawn: day(locale, complaint.withdrawnOn),
    deadlines: complaint.deadlines.map((deadline) => ({
      step: deadline.step,
      due: day(locale, deadline.dueOn),
      done: day(locale, deadline.doneOn),
      onTime: deadline.onTime,
      overdue: deadline.doneOn === null && complaint.overdue && deadline.dueOn === complaint.nextDueOn,
      extensionWorkingDays: deadline.extensionWorkingDays,
    })),
    stages: complaint.stages.map((stage) => ({
      stage: stage.stage,
      handler: stage.handler.name,
      acknowledged: day(locale, stage.acknowledgedOn),
      extension: stage.extension ? { granted: day(locale, stage.extension.grantedOn), workingDays: stage.extension.workingDays, reason: stage.extension.reason } : null,
      points: stage.points.map((point) => ({ id: point.id, summary: point.summary, decision: point.decision, reasons: point.reasons })),
      response: stage.response
        ? {
            responded: day(locale, stage.response.respondedOn),
            respondedBy: stage.response.respondedBy,
            summary: stage.response.summary,
            apology: stage.response.apology,
            compensation: pounds(locale, stage.response.compensationPence),
            hasCompensation: stage.response.compensationPence > 0,
            actions: stage.response.actions.map((action) => ({
              id: action.id,
              description: action.description,
              owner: action.owner,
              due: day(locale, action.dueOn),
              done: day(locale, action.doneOn),
            })),
          }
        : null,
    })),
    events: complaint.events
      .map((event) => {
        const details = (event.details ?? {}) as Record<string, unknown>;
        return {
          id: event.id,
          type: event.type,
          on: day(locale, event.on),
          actor: event.actor,
          internal: !event.visibleToResident,
          stage: typeof details.stage === "number" ? details.stage : null,
          handler: nameOf(details.handlerId),
          points: typeof details.points === "number" ? details.points : null,
          workingDays: typeof details.workingDays === "number" ? details.workingDays : null,
          reason: typeof details.reason === "string" ? details.reason : null,
          compensation: typeof details.compensationPence === "number" && details.compensationPence > 0 ? pounds(locale, details.compensationPence) : null,
          actions: typeof details.actions === "number" ? details.actions : null,
          causeCategory: typeof details.causeCategory === "string" ? details.causeCategory : null,
          channel: typeof details.channel === "string" ? details.channel : null,
          language: typeof details.language === "string" ? details.language : undefined,
          method: typeof details.method === "string" ? details.method : null,
          summary: typeof details.summary === "string" ? details.summary : null,
          action: typeof details.action === "string" ? details.action : null,
        };
      })
      // Newest first: what happened last is what the next person needs.
      .reverse(),
    attachments: complaint.attachments.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      type: file.contentType === "application/pdf" ? "PDF" : file.contentType === "image/png" ? "PNG" : file.contentType === "image/jpeg" ? "JPEG" : file.contentType,
      sizeKb: Math.max(1, Math.round(file.sizeBytes / 1024)),
    })),
    iAmStage1Handler: complaint.stage1HandlerId === me.id,
  };
}

export type ComplaintPageData = ReturnType<typeof complaintPage>;
