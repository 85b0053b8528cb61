import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, tags, text } from "../test-utils.js";
import { Button } from "./Button.js";
import { Details } from "./Details.js";
import { InsetText } from "./InsetText.js";
import { NotificationBanner } from "./NotificationBanner.js";
import { Panel } from "./Panel.js";
import { PhaseBanner } from "./PhaseBanner.js";
import { SummaryList } from "./SummaryList.js";
import { Table } from "./Table.js";
import { Tag } from "./Tag.js";
import { WarningText } from "./WarningText.js";

describe("Button", () => {
  it("is a submit button by default with name, value and double-click prevention", () => {
    const html = render(
      <Button name="intent" value="save" preventDoubleClick>
        SAVE
      </Button>,
    );
    const button = tag(html, "button");
    expect(attr(button, "type")).toBe("submit");
    expect(attr(button, "name")).toBe("intent");
    expect(attr(button, "value")).toBe("save");
    expect(attr(button, "data-prevent-double-click")).toBe("true");
    expect(classes(button)).toEqual(["govuk-button"]);
  });

  it("renders variants and a link styled as a button", () => {
    expect(classes(tag(render(<Button variant="warning">X</Button>), "button"))).toEqual([
      "govuk-button",
      "govuk-button--warning",
    ]);
    const link = tag(render(<Button href="/start" variant="secondary">GO</Button>), "a");
    expect(attr(link, "href")).toBe("/start");
    expect(attr(link, "role")).toBe("button");
    expect(classes(link)).toContain("govuk-button--secondary");
  });
});

describe("SummaryList", () => {
  it("renders rows with change links carrying visually hidden context", () => {
    const html = render(
      <SummaryList
        rows={[
          { key: "NAME", value: "Sam", actions: [{ href: "/name", label: "CHG", visuallyHiddenText: "name" }] },
          { key: "AGE", value: "40" },
        ]}
      />,
    );
    expect(html).toContain('<dt class="govuk-summary-list__key">NAME</dt>');
    expect(html).toContain(
      '<a class="govuk-link" href="/name">CHG<span class="govuk-visually-hidden"> name</span></a>',
    );
    expect(html).toContain("govuk-summary-list__row govuk-summary-list__row--no-actions");
    expect(classes(tag(render(<SummaryList rows={[]} noBorder />), "dl"))).toContain("govuk-summary-list--no-border");
  });
});

describe("Table", () => {
  it("renders caption, column headers, row headers and numeric columns", () => {
    const html = render(
      <Table
        caption="CAP"
        captionSize="m"
        head={["Area", "Count"]}
        rows={[
          ["Repairs", 12],
          ["Lettings", 3],
        ]}
        firstCellIsHeader
        numericColumns={[1]}
      />,
    );
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">CAP</caption>');
    expect(tags(html, "th").filter((th) => attr(th, "scope") === "col")).toHaveLength(2);
    expect(tags(html, "th").filter((th) => attr(th, "scope") === "row")).toHaveLength(2);
    expect(html).toContain('<th scope="col" class="govuk-table__header govuk-table__header--numeric">Count</th>');
    expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">12</td>');
  });
});

describe("NotificationBanner", () => {
  it("uses role=alert for success and labels the banner by its title", () => {
    const html = render(
      <NotificationBanner title="DONE" type="success">
        MSG
      </NotificationBanner>,
    );
    const root = tag(html, "div");
    expect(attr(root, "role")).toBe("alert");
    expect(classes(root)).toContain("govuk-notification-banner--success");
    const titleId = attr(root, "aria-labelledby") ?? "";
    expect(titleId).not.toBe("");
    expect(attr(tag(html, "h2"), "id")).toBe(titleId);
    expect(html).toContain('<p class="govuk-notification-banner__heading">MSG</p>');
  });

  it("is a region for important notices", () => {
    const html = render(
      <NotificationBanner title="NOTE" titleId="note-title">
        <p className="govuk-body">Body</p>
      </NotificationBanner>,
    );
    expect(attr(tag(html, "div"), "role")).toBe("region");
    expect(attr(tag(html, "div"), "aria-labelledby")).toBe("note-title");
  });
});

describe("small content components", () => {
  it("Tag, Panel, InsetText, WarningText, Details, PhaseBanner", () => {
    expect(render(<Tag colour="light-blue">OPEN</Tag>)).toBe('<strong class="govuk-tag govuk-tag--light-blue">OPEN</strong>');
    expect(render(<Panel title="SENT">REF</Panel>)).toBe(
      '<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">SENT</h1><div class="govuk-panel__body">REF</div></div>',
    );
    expect(render(<InsetText>INSET</InsetText>)).toBe('<div class="govuk-inset-text">INSET</div>');
    const warning = render(<WarningText assistiveText="WARNTXT">WATCH</WarningText>);
    expect(warning).toContain('<span class="govuk-visually-hidden">WARNTXT</span> WATCH');
    expect(attr(tag(warning, "span"), "aria-hidden")).toBe("true");
    const details = render(<Details summary="MORE">HIDDEN</Details>);
    expect(details).toContain('<summary class="govuk-details__summary"><span class="govuk-details__summary-text">MORE</span></summary>');
    expect(tag(details, "details")).not.toContain("open");
    expect(text(render(<PhaseBanner tag="BETA">FEEDBACK</PhaseBanner>))).toBe("BETA FEEDBACK");
  });
});

describe("Table stacking on narrow screens", () => {
  it("labels each body cell with its column header", () => {
    const html = render(<Table stackUntilTablet firstCellIsHeader head={["REF", "STATUS", <span key="x">NODE</span>]} rows={[["R1", "OPEN", "X"]]} />);
    expect(classes(tag(html, "table"))).toEqual(["govuk-table", "hearth-table--stacked"]);
    expect(attr(tag(html, 'th[scope="row"]'), "data-label")).toBe("REF");
    expect(tags(html, "td").map((td) => attr(td, "data-label"))).toEqual(["STATUS", undefined]);
  });

  it("adds no labels unless asked", () => {
    expect(render(<Table head={["A"]} rows={[["1"]]} />)).not.toContain("data-label");
  });
});
