// A name set inside a translated sentence keeps its own direction (an English
// name in an Arabic sentence, say) without pulling the punctuation and dates
// around it out of place: first-strong isolate … pop directional isolate.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
