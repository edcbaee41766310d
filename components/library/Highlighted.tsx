/** A highlighted span of a snippet: [start, end) in UTF-16 code units. */
export interface HighlightRange {
  start: number;
  end: number;
}

/** Split text into plain and highlighted parts (ranges sorted, clamped, overlaps merged). */
export function splitHighlights(text: string, ranges: readonly HighlightRange[]): Array<{ text: string; mark: boolean }> {
  const sorted = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    const previous = parts[parts.length - 1];
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    // Overlapping or touching ranges become one mark.
    if (start === at && previous?.mark) previous.text += text.slice(start, range.end);
    else parts.push({ text: text.slice(start, range.end), mark: true });
    at = range.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** Text with search matches wrapped in <mark> elements (text nodes only, never HTML). */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  return (
    <>
      {splitHighlights(text, ranges).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
