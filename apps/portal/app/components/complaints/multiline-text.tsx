/**
 * Text a person wrote, paragraph by paragraph, exactly as written (React
 * escapes it). It may be in another language than the page, so each paragraph
 * takes its direction from its own first letters.
 */
export function MultilineText({ text, className = "govuk-body" }: { text: string; className?: string }) {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={className} dir="auto">
          {paragraph.split("\n").map((line, lineIndex) => (
            <span key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}
