import { describe, expect, it } from "vitest";
import { ATTACHMENT_LIMITS, attachmentProblem, safeAttachmentName, sniffAttachmentType } from "./attachments.js";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1]);
const pdf = new TextEncoder().encode("%PDF-1.7\n");
const exe = new TextEncoder().encode("MZ\x90\x00");

describe("attachments", () => {
  it("decides the type from the bytes", () => {
    expect(sniffAttachmentType(png)).toBe("image/png");
    expect(sniffAttachmentType(jpeg)).toBe("image/jpeg");
    expect(sniffAttachmentType(pdf)).toBe("application/pdf");
    expect(sniffAttachmentType(exe)).toBeNull();
    expect(sniffAttachmentType(new Uint8Array([0x89, 0x50]))).toBeNull();
  });

  it("refuses empty, oversized, wrong-type files and too many files", () => {
    expect(attachmentProblem({ bytes: png }, 0)).toBeNull();
    expect(attachmentProblem({ bytes: new Uint8Array() }, 0)).toBe("empty");
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1);
    big.set(png);
    expect(attachmentProblem({ bytes: big }, 0)).toBe("tooLarge");
    const exact = new Uint8Array(ATTACHMENT_LIMITS.maxBytes);
    exact.set(pdf);
    expect(attachmentProblem({ bytes: exact }, 0)).toBeNull();
    expect(attachmentProblem({ bytes: exe }, 0)).toBe("wrongType");
    expect(attachmentProblem({ bytes: png }, ATTACHMENT_LIMITS.maxFiles)).toBe("tooMany");
  });

  it("makes names safe and gives them the real extension", () => {
    expect(safeAttachmentName("C:\\Users\\me\\damp wall.JPG", "image/jpeg")).toBe("damp wall.jpg");
    expect(safeAttachmentName('../../etc/"pass"wd.exe', "application/pdf")).toBe("passwd.pdf");
    expect(safeAttachmentName("   ", "image/png")).toBe("attachment.png");
    expect(safeAttachmentName("x".repeat(500), "image/png").length).toBeLessThanOrEqual(ATTACHMENT_LIMITS.maxNameLength);
  });
});
