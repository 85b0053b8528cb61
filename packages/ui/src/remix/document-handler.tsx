import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { sharedI18n, type Locale } from "@hearth/i18n";

const ABORT_DELAY = 5_000;

export interface DocumentHandlerOptions<C extends AppLoadContext> {
  /** The page language, decided once per request by the app. */
  locale(request: Request, context: C): Promise<Locale>;
  nonce(context: C): string;
  /** Set-Cookie values gathered by loaders and actions during this request. */
  cookies(context: C): string[];
}

/**
 * The body of both apps' entry.server: streams the page (all at once for
 * bots), inside the request's translations, with our CSP nonce on every
 * inline script, and the cookies that loaders asked for.
 */
export function createDocumentHandler<C extends AppLoadContext>(options: DocumentHandlerOptions<C>) {
  async function handleRequest(request: Request, status: number, headers: Headers, remix: EntryContext, context: C) {
    const locale = await options.locale(request, context);
    const nonce = options.nonce(context);
    for (const cookie of options.cookies(context)) headers.append("Set-Cookie", cookie);
    const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remix.isSpaMode;
    const i18n = sharedI18n(locale);

    return new Promise<Response>((resolve, reject) => {
      let statusCode = status;
      const { pipe, abort } = renderToPipeableStream(
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remix} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </I18nextProvider>,
        {
          nonce,
          [waitForAll ? "onAllReady" : "onShellReady"]() {
            const body = new PassThrough();
            headers.set("Content-Type", "text/html; charset=utf-8");
            resolve(new Response(createReadableStreamFromReadable(body), { headers, status: statusCode }));
            pipe(body);
          },
          onShellError(error: unknown) {
            reject(error);
          },
          onError(error: unknown) {
            statusCode = 500;
            console.error(error);
          },
        },
      );
      setTimeout(abort, ABORT_DELAY);
    });
  }

  function handleDataRequest(response: Response, { context }: { request: Request; context: C }) {
    for (const cookie of options.cookies(context)) response.headers.append("Set-Cookie", cookie);
    return response;
  }

  return { handleRequest, handleDataRequest };
}
