// A form posted without JavaScript gets its page back in the same request as
// the action, and Remix builds <title> from loader data only. The action marks
// the request's load context here so the loader can prefix the title with
// "Error:" (GOV.UK: the title says so when a page shows an error summary).
const failed = new WeakSet<object>();

/** Call from an action that is about to return errors for the error summary. */
export function markFormErrors(context: object): void {
  failed.add(context);
}

/** True in a loader that runs after this request's action returned errors. */
export function hasFormErrors(context: object): boolean {
  return failed.has(context);
}
