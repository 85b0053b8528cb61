import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, tags, text } from "../test-utils.js";
import { Checkboxes } from "./Checkboxes.js";
import { ErrorMessage } from "./ErrorMessage.js";
import { Fieldset } from "./Fieldset.js";
import { Radios } from "./Radios.js";
import { Select } from "./Select.js";
import { TextInput } from "./TextInput.js";
import { Textarea } from "./Textarea.js";

describe("TextInput", () => {
  it("links the label, and wires hint and error into aria-describedby in that order", () => {
    const html = render(
      <TextInput id="email" name="email" label="LBL" hint="HINT" error="BAD" autoComplete="email" type="email" />,
    );
    expect(attr(tag(html, "label"), "for")).toBe("email");
    const input = tag(html, "input");
    expect(attr(input, "aria-describedby")).toBe("email-hint email-error");
    expect(text(html)).toBe("LBL HINT ERRPFX: BAD");
    expect(html).toContain('<div id="email-hint" class="govuk-hint">HINT</div>');
    expect(html).toContain('<p id="email-error" class="govuk-error-message">');
    expect(attr(input, "autocomplete")).toBe("email");
    expect(attr(input, "type")).toBe("email");
    expect(classes(input)).toContain("govuk-input--error");
    expect(classes(tag(html, "div"))).toEqual(["govuk-form-group", "govuk-form-group--error"]);
  });

  it("prefixes the error with the translated, visually hidden UiStrings text", () => {
    const html = render(<TextInput id="n" name="n" label="LBL" error="BAD" />);
    expect(html).toContain('<span class="govuk-visually-hidden">ERRPFX:</span> BAD');
  });

  it("has no aria-describedby and no error classes without hint or error", () => {
    const html = render(<TextInput id="n" name="n" label="LBL" />);
    const input = tag(html, "input");
    expect(attr(input, "aria-describedby")).toBeUndefined();
    expect(html).not.toContain("error");
  });

  it("passes defaultValue, inputMode, spellCheck, width and extra attributes through", () => {
    const html = render(
      <TextInput
        id="pc"
        name="postcode"
        label="LBL"
        defaultValue="LS1 1AA"
        inputMode="text"
        spellCheck={false}
        width={10}
        autoCapitalize="characters"
        maxLength={8}
      />,
    );
    const input = tag(html, "input");
    expect(attr(input, "value")).toBe("LS1 1AA");
    expect(attr(input, "name")).toBe("postcode");
    expect(attr(input, "inputmode")).toBe("text");
    expect(attr(input, "spellcheck")).toBe("false");
    expect(attr(input, "autocapitalize")).toBe("characters");
    expect(attr(input, "maxlength")).toBe("8");
    expect(classes(input)).toContain("govuk-input--width-10");
    const fluid = tag(render(<TextInput id="a" name="a" label="L" width="one-half" />), "input");
    expect(classes(fluid)).toContain("govuk-!-width-one-half");
  });

  it("can make the label the page heading", () => {
    const html = render(<TextInput id="n" name="n" label="LBL" labelIsPageHeading />);
    expect(html).toContain('<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="n">LBL</label></h1>');
  });
});

describe("Textarea and Select", () => {
  it("wire hint and error like TextInput and use their own error classes", () => {
    const area = render(<Textarea id="d" name="d" label="L" hint="H" error="E" rows={8} defaultValue="hello" />);
    const textarea = tag(area, "textarea");
    expect(attr(textarea, "aria-describedby")).toBe("d-hint d-error");
    expect(attr(textarea, "rows")).toBe("8");
    expect(classes(textarea)).toEqual(["govuk-textarea", "govuk-textarea--error"]);
    expect(area).toContain(">hello</textarea>");

    const select = render(
      <Select
        id="s"
        name="s"
        label="L"
        hint="H"
        error="E"
        options={[
          { value: "a", label: "A" },
          { value: "b", label: "B" },
        ]}
        defaultValue="b"
      />,
    );
    expect(attr(tag(select, "select"), "aria-describedby")).toBe("s-hint s-error");
    expect(classes(tag(select, "select"))).toContain("govuk-select--error");
    expect(tag(select, 'option[value="b"]')).toContain("selected");
    expect(tag(select, 'option[value="a"]')).not.toContain("selected");
  });
});

describe("Fieldset", () => {
  it("renders the legend as the page heading and forwards describedBy", () => {
    const html = render(
      <Fieldset legend="LEG" legendIsPageHeading describedBy="x-hint">
        <p>child</p>
      </Fieldset>,
    );
    expect(attr(tag(html, "fieldset"), "aria-describedby")).toBe("x-hint");
    expect(html).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">LEG</h1></legend>',
    );
  });
});

describe("Radios", () => {
  const items = [
    { value: "yes", label: "Y" },
    { value: "no", label: "N", hint: "NH" },
    { value: "unsure", label: "U", divider: "ORDIV" },
  ];

  it("gives the first radio the name as id (for #name error links) and numbers the rest", () => {
    const inputs = tags(render(<Radios name="contact" legend="LEG" items={items} />), "input");
    expect(inputs.map((input) => attr(input, "id"))).toEqual(["contact", "contact-2", "contact-3"]);
    expect(inputs.every((input) => attr(input, "name") === "contact")).toBe(true);
    expect(inputs.every((input) => attr(input, "type") === "radio")).toBe(true);
  });

  it("uses idPrefix when given", () => {
    const inputs = tags(render(<Radios name="contact" idPrefix="how" legend="LEG" items={items} />), "input");
    expect(inputs.map((input) => attr(input, "id"))).toEqual(["how", "how-2", "how-3"]);
  });

  it("puts hint and error ids on the fieldset and item hints on their radio", () => {
    const html = render(<Radios name="contact" legend="LEG" hint="H" error="E" items={items} />);
    expect(attr(tag(html, "fieldset"), "aria-describedby")).toBe("contact-hint contact-error");
    expect(classes(tag(html, "div"))).toContain("govuk-form-group--error");
    expect(attr(tag(html, "#contact-2"), "aria-describedby")).toBe("contact-2-item-hint");
    expect(html).toContain('id="contact-2-item-hint" class="govuk-hint govuk-radios__hint"');
    expect(attr(tag(html, "#contact"), "aria-describedby")).toBeUndefined();
  });

  it("checks the defaultValue, renders dividers and modifiers", () => {
    const html = render(<Radios name="c" legend="LEG" items={items} defaultValue="no" inline small />);
    expect(tag(html, "#c-2")).toContain("checked");
    expect(tag(html, "#c")).not.toContain("checked");
    expect(html).toContain('<div class="govuk-radios__divider">ORDIV</div>');
    expect(html.indexOf("ORDIV")).toBeLessThan(html.indexOf('id="c-3"'));
    expect(html).toContain('class="govuk-radios govuk-radios--inline govuk-radios--small"');
  });
});

describe("Checkboxes", () => {
  const items = [
    { value: "email", label: "E" },
    { value: "text", label: "T", hint: "TH" },
    { value: "none", label: "NONE", exclusive: true },
  ];

  it("gives the first checkbox the name as id, shares the name and checks defaultValues", () => {
    const html = render(<Checkboxes name="channels" legend="LEG" items={items} defaultValues={["email", "none"]} />);
    const inputs = tags(html, "input");
    expect(inputs.map((input) => attr(input, "id"))).toEqual(["channels", "channels-2", "channels-3"]);
    expect(inputs.every((input) => attr(input, "name") === "channels")).toBe(true);
    expect(inputs.map((input) => input.includes("checked"))).toEqual([true, false, true]);
  });

  it("puts the translated 'or' divider before an exclusive option and marks it exclusive", () => {
    const html = render(<Checkboxes name="c" legend="LEG" items={items} />);
    expect(html).toContain('<div class="govuk-checkboxes__divider">ORTXT</div>');
    expect(html.indexOf("ORTXT")).toBeGreaterThan(html.indexOf('id="c-2"'));
    expect(html.indexOf("ORTXT")).toBeLessThan(html.indexOf('id="c-3"'));
    expect(attr(tag(html, "#c-3"), "data-behaviour")).toBe("exclusive");
    expect(attr(tag(html, "#c"), "data-behaviour")).toBeUndefined();
  });

  it("wires hint and error onto the fieldset and item hints onto the checkbox", () => {
    const html = render(<Checkboxes name="c" legend="LEG" hint="H" error="E" items={items} small />);
    expect(attr(tag(html, "fieldset"), "aria-describedby")).toBe("c-hint c-error");
    expect(html).toContain('<p id="c-error" class="govuk-error-message"><span class="govuk-visually-hidden">ERRPFX:</span> E</p>');
    expect(attr(tag(html, "#c-2"), "aria-describedby")).toBe("c-2-item-hint");
    expect(html).toContain('class="govuk-checkboxes govuk-checkboxes--small"');
  });

  it("needs no UiStrings when no option is exclusive", () => {
    expect(() =>
      renderToStaticMarkup(<Checkboxes name="c" legend="L" items={[{ value: "a", label: "A" }]} />),
    ).not.toThrow();
    expect(() => renderToStaticMarkup(<Checkboxes name="c" legend="L" items={items} />)).toThrow(/UiStringsProvider/);
  });
});

describe("ErrorMessage", () => {
  it("renders the id and the provided prefix", () => {
    expect(render(<ErrorMessage id="x-error">Bad</ErrorMessage>)).toBe(
      '<p id="x-error" class="govuk-error-message"><span class="govuk-visually-hidden">ERRPFX:</span> Bad</p>',
    );
  });
});
