import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, text } from "../test-utils.js";
import { FileUpload } from "./FileUpload.js";

describe("FileUpload", () => {
  it("is a labelled file input with hint, accepted types and error wired up", () => {
    const html = render(<FileUpload id="file" name="file" label="LBL" hint="HINT" error="PICK" accept=".jpg,.png" />);
    const input = tag(html, "input");
    expect(attr(input, "type")).toBe("file");
    expect(attr(input, "name")).toBe("file");
    expect(attr(input, "accept")).toBe(".jpg,.png");
    expect(attr(input, "aria-describedby")).toBe("file-hint file-error");
    expect(classes(input)).toEqual(["govuk-file-upload", "govuk-file-upload--error"]);
    expect(attr(tag(html, "label"), "for")).toBe("file");
    expect(text(html)).toBe("LBL HINT ERRPFX: PICK");
  });

  it("has no error state or description when there is nothing to say", () => {
    const html = render(<FileUpload id="f" name="f" label="LBL" />);
    expect(attr(tag(html, "input"), "aria-describedby")).toBeUndefined();
    expect(html).not.toContain("error");
  });
});
