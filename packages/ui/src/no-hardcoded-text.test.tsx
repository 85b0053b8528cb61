import { describe, expect, it } from "vitest";
import * as ui from "./index.js";
import { render, text } from "./test-utils.js";

/**
 * Renders every component with token-only props ("Z…") and fake UiStrings,
 * then checks that every word a person could see or hear is one of those
 * tokens: nothing English is hard-coded in @hearth/ui.
 */
function kitchenSink() {
  return (
    <>
      <ui.SkipLink />
      <ui.Header
        serviceName="ZSERVICE"
        homeHref="/"
        organisationName="ZORG"
        navigation={[{ href: "/a", label: "ZNAV", current: true }]}
        navigationLabel="ZNAVLABEL"
      >
        <ui.LanguageSwitcher
          inverse
          label="ZLANGLABEL"
          action="/language"
          csrfToken="t"
          returnTo="/"
          languages={[
            { code: "en", nativeName: "ZENGLISH", current: true },
            { code: "cy", nativeName: "ZCYMRAEG", current: false },
          ]}
        />
      </ui.Header>
      <ui.PhaseBanner tag="ZBETA">ZPHASE</ui.PhaseBanner>
      <ui.BackLink href="/">ZBACK</ui.BackLink>
      <ui.ErrorSummary title="ZPROBLEM" errors={[{ href: "#a", text: "ZERROR" }]} />
      <ui.NotificationBanner title="ZTITLE" type="success">
        ZMESSAGE
      </ui.NotificationBanner>
      <ui.NotificationBanner title="ZTITLE">ZMESSAGE</ui.NotificationBanner>
      <ui.TextInput id="a" name="a" label="ZLABEL" hint="ZHINT" error="ZERROR" />
      <ui.Textarea id="b" name="b" label="ZLABEL" hint="ZHINT" error="ZERROR" />
      <ui.CharacterCount id="b2" name="b2" label="ZLABEL" hint="ZHINT" error="ZERROR" maxLength={10} limitText="ZLIMIT" remainingText={() => "ZLEFT"} overText={() => "ZOVER"} />
      <ui.FileUpload id="b3" name="b3" label="ZLABEL" hint="ZHINT" error="ZERROR" />
      <ui.Select id="c" name="c" label="ZLABEL" error="ZERROR" options={[{ value: "v", label: "ZOPTION" }]} />
      <ui.Radios
        name="d"
        legend="ZLEGEND"
        hint="ZHINT"
        error="ZERROR"
        items={[
          { value: "1", label: "ZONE", hint: "ZHINT" },
          { value: "2", label: "ZTWO", divider: "ZDIVIDER" },
        ]}
      />
      <ui.Checkboxes
        name="e"
        legend="ZLEGEND"
        error="ZERROR"
        items={[
          { value: "1", label: "ZONE" },
          { value: "2", label: "ZNONE", exclusive: true },
        ]}
      />
      <ui.Fieldset legend="ZLEGEND">
        <ui.ErrorMessage id="f">ZERROR</ui.ErrorMessage>
      </ui.Fieldset>
      <ui.SummaryList
        rows={[{ key: "ZKEY", value: "ZVALUE", actions: [{ href: "/", label: "ZCHANGE", visuallyHiddenText: "ZKEY" }] }]}
      />
      <ui.Table caption="ZCAPTION" head={["ZHEAD"]} rows={[["ZCELL"]]} />
      <ui.Tag>ZTAG</ui.Tag>
      <ui.Timeline items={[{ title: "ZEVENT", date: "ZDATE", description: "ZDESCRIPTION" }]} />
      <ui.Panel title="ZPANEL">ZBODY</ui.Panel>
      <ui.InsetText>ZINSET</ui.InsetText>
      <ui.WarningText assistiveText="ZWARNING">ZWARNTEXT</ui.WarningText>
      <ui.Details summary="ZSUMMARY">ZDETAILS</ui.Details>
      <ui.Button>ZBUTTON</ui.Button>
      <ui.Pagination
        landmarkLabel="ZPAGES"
        previous={{ href: "/1" }}
        next={{ href: "/3" }}
        items={[{ number: 2, href: "/2", current: true }]}
      />
      <ui.Pagination landmarkLabel="ZPAGES" next={{ href: "/3", label: "ZNEXTTITLE" }} />
      <ui.Footer links={[{ href: "/", label: "ZLINK" }]} linksHeading="ZFOOTER">
        ZFOOTERTEXT
      </ui.Footer>
    </>
  );
}

const allowedWord = /^(Z[A-Z]+|ERRPFX:|SKIPTXT|PREVTXT|NEXTTXT|PAGETXT-\d+|ORTXT|\d+|[:!\u22EF])$/;
const spokenAttributes = ["aria-label", "title", "alt", "placeholder", "aria-roledescription"];

describe("no hard-coded English", () => {
  const html = render(kitchenSink());

  it("every visible or visually hidden word comes from props or UiStrings", () => {
    const words = text(html).split(" ");
    expect(words.filter((word) => !allowedWord.test(word))).toEqual([]);
    for (const provided of ["ERRPFX:", "SKIPTXT", "PREVTXT", "NEXTTXT", "ORTXT"]) {
      expect(words).toContain(provided);
    }
  });

  it("every spoken attribute value comes from props or UiStrings", () => {
    const values = spokenAttributes.flatMap((name) =>
      [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, "g"))].map((match) => match[1] ?? ""),
    );
    expect(values.length).toBeGreaterThan(0);
    expect(values.filter((value) => !allowedWord.test(value))).toEqual([]);
  });

  it("components that need fixed text refuse to render without a UiStringsProvider", async () => {
    const { renderToStaticMarkup } = await import("react-dom/server");
    expect(() => renderToStaticMarkup(<ui.SkipLink />)).toThrow(/UiStringsProvider/);
    expect(() => renderToStaticMarkup(<ui.ErrorMessage id="x">E</ui.ErrorMessage>)).toThrow(/UiStringsProvider/);
    expect(() => renderToStaticMarkup(<ui.Pagination landmarkLabel="P" next={{ href: "/" }} />)).toThrow(
      /UiStringsProvider/,
    );
  });
});
