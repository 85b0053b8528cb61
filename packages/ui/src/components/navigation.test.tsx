import { describe, expect, it } from "vitest";
import { attr, classes, render, tag, tags, text } from "../test-utils.js";
import { BackLink } from "./BackLink.js";
import { Footer } from "./Footer.js";
import { Header } from "./Header.js";
import { Pagination } from "./Pagination.js";
import { SkipLink } from "./SkipLink.js";

describe("Header", () => {
  const html = render(
    <Header
      serviceName="SVC"
      homeHref="/"
      organisationName="ORG"
      organisationHref="https://landlord.example"
      navigation={[
        { href: "/a", label: "A", current: true },
        { href: "/b", label: "B" },
      ]}
      navigationLabel="NAVLBL"
    >
      <form method="post" action="/sign-out">
        <button className="hearth-link-button">OUT</button>
      </form>
    </Header>,
  );

  it("is a single banner landmark with no crown, GOV.UK logo or JS menu toggle", () => {
    expect(tags(html, "header")).toHaveLength(1);
    expect(html).not.toMatch(/GOV\.UK|<svg|govuk-header__logotype|menu-button|toggle|hidden=""/i);
  });

  it("shows the organisation name and the service name linking home", () => {
    expect(attr(tag(html, "a"), "href")).toBe("https://landlord.example");
    expect(html).toContain('<a href="/" class="govuk-service-navigation__link">SVC</a>');
  });

  it("renders service navigation with aria-current on the current item", () => {
    expect(attr(tag(html, "nav"), "aria-label")).toBe("NAVLBL");
    const current = tag(html, 'a[href="/a"]');
    expect(attr(current, "aria-current")).toBe("page");
    expect(attr(tag(html, 'a[href="/b"]'), "aria-current")).toBeUndefined();
    expect(html).toContain("govuk-service-navigation__item govuk-service-navigation__item--active");
  });

  it("renders children at the end of the header bar", () => {
    expect(html).toMatch(/<div class="hearth-header__end"><form method="post" action="\/sign-out">/);
    expect(html.indexOf("hearth-header__end")).toBeLessThan(html.indexOf("govuk-service-navigation"));
  });

  it("renders a banner (e.g. a phase banner) inside the header landmark", () => {
    const withBanner = render(<Header serviceName="S" homeHref="/" navigationLabel="N" banner={<p>PHASE</p>} />);
    expect(withBanner).toMatch(/<div class="govuk-width-container"><p>PHASE<\/p><\/div><\/header>$/);
  });

  it("shows the service name in the header bar when there is no organisation", () => {
    const plain = render(<Header serviceName="SVC" homeHref="/home" navigationLabel="N" />);
    expect(text(plain)).toBe("SVC");
    expect(attr(tag(plain, "a"), "href")).toBe("/home");
    expect(plain).not.toContain("govuk-service-navigation");
  });
});

describe("Footer", () => {
  it("renders links and children without crown copyright or licence", () => {
    const html = render(
      <Footer links={[{ href: "/privacy", label: "PRIV" }]} linksHeading="SUPPORT">
        <p>ORGINFO</p>
      </Footer>,
    );
    expect(tag(html, "footer")).toContain("govuk-footer");
    expect(text(html)).toBe("SUPPORT PRIV ORGINFO");
    expect(attr(tag(html, "a"), "href")).toBe("/privacy");
    expect(html).not.toMatch(/licence|crown|copyright|<svg/i);
  });
});

describe("Pagination", () => {
  it("uses UiStrings for previous/next and page labels, and marks the current page", () => {
    const html = render(
      <Pagination
        landmarkLabel="RESULTS"
        previous={{ href: "?page=1" }}
        next={{ href: "?page=3" }}
        items={[
          { number: 1, href: "?page=1" },
          { number: 2, href: "?page=2", current: true },
          { ellipsis: true },
          { number: 9, href: "?page=9" },
        ]}
      />,
    );
    expect(attr(tag(html, "nav"), "aria-label")).toBe("RESULTS");
    expect(classes(tag(html, "nav"))).toEqual(["govuk-pagination"]);
    expect(html).toContain("PREVTXT");
    expect(html).toContain("NEXTTXT");
    expect(attr(tag(html, 'a[rel="prev"]'), "href")).toBe("?page=1");
    expect(attr(tag(html, 'a[rel="next"]'), "href")).toBe("?page=3");
    const current = tag(html, 'a[aria-current="page"]');
    expect(attr(current, "aria-label")).toBe("PAGETXT-2");
    expect(attr(tag(html, 'a[href="?page=9"]'), "aria-label")).toBe("PAGETXT-9");
    expect(html).toContain("govuk-pagination__item--ellipses");
  });

  it("uses the block layout with labels when there are no numbered items", () => {
    const html = render(<Pagination landmarkLabel="L" next={{ href: "/next", label: "NEXTTITLE" }} />);
    expect(classes(tag(html, "nav"))).toContain("govuk-pagination--block");
    expect(html).toContain('<span class="govuk-pagination__link-label">NEXTTITLE</span>');
  });
});

describe("SkipLink and BackLink", () => {
  it("SkipLink defaults to #main-content and the UiStrings text", () => {
    const html = render(<SkipLink />);
    expect(html).toBe('<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">SKIPTXT</a>');
    expect(render(<SkipLink href="#x">OWN</SkipLink>)).toContain('href="#x"');
  });

  it("BackLink renders the GOV.UK back link", () => {
    expect(render(<BackLink href="/prev">BACKTXT</BackLink>)).toBe(
      '<a href="/prev" class="govuk-back-link">BACKTXT</a>',
    );
  });
});
