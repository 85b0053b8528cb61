// Evidence a resident adds to a complaint: photos and documents only. The type
// is decided from the file's own first bytes, never from its name or the
// browser's claim, so a renamed executable cannot pass as a photo.
export const ATTACHMENT_LIMITS = {
  /** 5 MiB: a phone photo fits; a video does not. */
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 5,
  maxNameLength: 120,
} as const;

export const ATTACHMENT_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const SIGNATURES: readonly (readonly [AttachmentType, readonly number[]])[] = [
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
];

export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  for (const [type, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

export type AttachmentProblem = "empty" | "tooLarge" | "wrongType" | "tooMany";

/** Why a file cannot be attached, or null when it can. */
export function attachmentProblem(file: { readonly bytes: Uint8Array }, alreadyAttached: number): AttachmentProblem | null {
  if (alreadyAttached >= ATTACHMENT_LIMITS.maxFiles) return "tooMany";
  if (file.bytes.length === 0) return "empty";
  if (file.bytes.length > ATTACHMENT_LIMITS.maxBytes) return "tooLarge";
  if (sniffAttachmentType(file.bytes) === null) return "wrongType";
  return null;
}

/**
 * A name safe to show and to send in Content-Disposition: no path, no control
 * or quote characters, bounded length, and an extension matching the real type.
 */
export function safeAttachmentName(name: string, type: AttachmentType): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "").replace(/\s+/g, " ").trim();
  const stem = cleaned.replace(/\.[^.]*$/, "").slice(0, ATTACHMENT_LIMITS.maxNameLength - 5) || "attachment";
  const extension = type === "image/jpeg" ? "jpg" : type === "image/png" ? "png" : "pdf";
  return `${stem}.${extension}`;
}
