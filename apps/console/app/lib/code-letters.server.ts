// The single-use code letters, worded on the server in each resident's own
// language (the codes exist only in this response, so the page cannot ask
// for another language later), with the address where residents vote.
import { formatDate, serverT } from "@hearth/i18n";
import type { Locale } from "@hearth/domain/identity";
import type { HearthLoadContext } from "@hearth/api/server";

const RTL: readonly Locale[] = ["ar", "ur"];

/**
 * Where residents vote with a code: PORTAL_URL when the operator sets it,
 * otherwise the portal beside this console (same host, the portal's port).
 */
export function voteAddress(request: Request, context: Pick<HearthLoadContext, "portalUrl" | "portalPort">): string {
  if (context.portalUrl) return `${context.portalUrl}/vote`;
  const url = new URL(request.url);
  const port = context.portalPort;
  return `${url.protocol}//${url.hostname}${port === 80 || port === 443 ? "" : `:${port}`}/vote`;
}

export interface IssuedLetter {
  residentId: string;
  firstName: string;
  lastName: string;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  language: Locale;
  code: string;
}

export function codeLetters(
  letters: IssuedLetter[],
  election: { reference: string; title: string; votingOpenAt: string; votingCloseAt: string },
  landlord: string,
  address: string,
) {
  return letters.map((letter) => {
    const t = serverT(letter.language, "elections");
    const when = (iso: string) => formatDate(letter.language, iso, { dateStyle: "long", timeStyle: "short" });
    const name = `${letter.firstName} ${letter.lastName}`;
    return {
      id: letter.residentId,
      lang: letter.language,
      dir: RTL.includes(letter.language) ? ("rtl" as const) : ("ltr" as const),
      addressLines: [name, letter.addressLine1, letter.addressLine2, letter.town, letter.postcode].filter((line): line is string => Boolean(line)),
      landlord,
      heading: t("letter.heading", { title: election.title }),
      greeting: t("letter.greeting", { name }),
      intro: t("letter.intro", { title: election.title, reference: election.reference, opens: when(election.votingOpenAt), closes: when(election.votingCloseAt) }),
      codeLabel: t("letter.codeLabel"),
      code: letter.code,
      stepsHeading: t("letter.stepsHeading"),
      steps: [t("letter.steps.address", { address }), t("letter.steps.code"), t("letter.steps.vote"), t("letter.steps.receipt")],
      secret: t("letter.secret"),
      once: t("letter.once"),
      signOff: t("letter.signOff", { landlord }),
    };
  });
}

export type CodeLetter = ReturnType<typeof codeLetters>[number];
