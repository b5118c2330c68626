/**
 * Email structure: which parts of a draft are the rep's own words. A reply carries the message
 * it answers (Gmail "On … wrote:", Outlook "From: … Sent:", "-----Original Message-----",
 * German "Am … schrieb …:", "Von: … Gesendet:", `>` lines), and most emails end in a sign-off,
 * a signature and sometimes a legal disclaimer or a marketing banner. Only the rep's own words
 * say what the rep is doing; the quoted message says what the rep is answering.
 *
 * `emailStructure` works on lines of plain text and returns UTF-16 ranges, so evidence offsets
 * stay exact. Editors that know their structure (a Gmail quote block, `blockquote[type=cite]`)
 * pass their ranges in `AnalyzeOptions.structure` instead, and the two are combined.
 */

/** A range of the text, UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Where the parts of an email are: everything not listed is the rep's own words. */
export interface EmailStructure {
  /** The quoted message(s) the rep is answering or forwarding, header lines excluded. */
  quoted: Span[];
  /** Sign-off, signature, disclaimer, quote and forward headers: never analysed. */
  ignored: Span[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const MAX_SIGNOFF_LINE = 48;
// A signature line with more words than this is a sentence of the message instead.
const MAX_SIGNATURE_WORDS = 20;
// A signature rarely has more lines than this before the quote or the end of the text.
const MAX_SIGNATURE_LINES = 25;

const QUOTE_HEADERS: readonly RegExp[] = [
  /^\s*on\b.{4,240}\bwrote:\s*$/i,
  /^\s*am\b.{4,240}\bschrieb\b.{0,240}:\s*$/i,
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|forwarded message|weitergeleitete nachricht|original nachricht)\s*-{2,}/i,
  /^\s*_{8,}\s*$/,
  /^\s*begin forwarded message:\s*$/i,
];
// Outlook's header block: "From:" / "Von:" followed within a few lines by "Sent:" / "Gesendet:" …
const HEADER_FIELD =
  /^\s*\*?(?:from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|kopie)\*?:\s/i;
const HEADER_START = /^\s*\*?(?:from|von)\*?:\s/i;
const SIGNOFF =
  /^\s*(?:(?:best|kind|warm|warmest|many|with best|all the best|yours|sincerely|yours sincerely|yours truly|regards|best regards|kind regards|warm regards|many thanks|thanks|thank you|thanks again|cheers|talk soon|speak soon|take care|respectfully)(?: (?:regards|wishes|thanks))?|(?:viele|beste|liebe|herzliche|freundliche|schöne|sonnige|mit freundlichen|mit besten|mit herzlichen|mit vielen|besten|vielen) (?:grüße|grüßen|gruß|dank)(?: aus \S+)?|gruß|grüße|mfg|lg|vg|bg|danke|danke und grüße|vielen dank|herzlichen dank|dank und gruß)\s*[,.!]?(?:\s+[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*)?)?\s*$/iu;
const SIGNATURE_DELIMITER = /^--\s*$/;
const SENT_FROM = /^\s*(?:sent from my|von meinem \S+ gesendet|gesendet von meinem)\b/i;
const DISCLAIMER =
  /\b(?:confidential|intended (?:solely|only) for|received this (?:e-?mail|message) in error|if you are not the intended|unsubscribe|vertraulich|irrtümlich erhalten|nicht der (?:richtige|beabsichtigte) (?:adressat|empfänger)|abmelden|registergericht|geschäftsführer:|handelsregister|amtsgericht|ust-?id)/i;

/** Lines with their offsets (line breaks excluded). */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    out.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (newline === -1) return out;
    start = newline + 1;
  }
}

/** Index of the line that opens the quoted message, or -1. */
function quoteStart(all: readonly Line[]): number {
  // From which line on every non-blank line is a `>` line (one backward pass, linear).
  let quotedFrom = all.length;
  while (quotedFrom > 0) {
    const text = (all[quotedFrom - 1] as Line).text;
    if (text.trim() !== '' && !/^\s*>/.test(text)) break;
    quotedFrom--;
  }
  for (let i = 0; i < all.length; i++) {
    const line = (all[i] as Line).text;
    if (QUOTE_HEADERS.some((header) => header.test(line))) return i;
    // A header wrapped over two lines: "On Tue, 14 Apr 2026 at 11:03, Laura <laura@…>" + "wrote:".
    const next = all[i + 1]?.text;
    if (next !== undefined && /^\s*(?:on|am)\b/i.test(line)) {
      const joined = `${line} ${next}`;
      if (line.length < 240 && QUOTE_HEADERS.slice(0, 2).some((header) => header.test(joined)))
        return i;
    }
    if (HEADER_START.test(line)) {
      let fields = 1;
      for (let j = i + 1; j < Math.min(all.length, i + 6); j++)
        if (HEADER_FIELD.test((all[j] as Line).text)) fields++;
      if (fields >= 3) return i;
    }
    if (i >= quotedFrom && /^\s*>/.test(line)) return i;
  }
  return -1;
}

/** Index of the sign-off line that starts the signature, or -1. */
function signatureStart(all: readonly Line[], from: number, to: number): number {
  let found = -1;
  for (let i = to - 1; i >= from && i >= to - MAX_SIGNATURE_LINES; i--) {
    const line = (all[i] as Line).text;
    if (SIGNATURE_DELIMITER.test(line)) return i;
    if (found === -1 && line.length <= MAX_SIGNOFF_LINE && SIGNOFF.test(line)) found = i;
    if (SENT_FROM.test(line) && found === -1) found = i;
  }
  if (found === -1) return -1;
  // What follows a sign-off is a signature: names, titles, numbers, a banner or a disclaimer,
  // not more of the message.
  for (let i = found + 1; i < to; i++) {
    const line = (all[i] as Line).text;
    if (isMessageLine(line)) return -1;
  }
  return found;
}

/** A line that reads as part of the message: long, or a sentence addressed to the reader. */
function isMessageLine(line: string): boolean {
  if (DISCLAIMER.test(line)) return false;
  const words = line.trim().split(/\s+/).length;
  if (words > MAX_SIGNATURE_WORDS) return true;
  return (
    words >= 8 && /[.?!]\s*$/.test(line) && /\b(?:we|i|you|wir|ich|sie|ihnen|uns)\b/i.test(line)
  );
}

/** The quoted message, signature and disclaimer of an email (all empty for a plain note). */
export function emailStructure(text: string): EmailStructure {
  const all = lines(text);
  const quoted: Span[] = [];
  const ignored: Span[] = [];
  const quoteAt = quoteStart(all);
  const ownEnd = quoteAt === -1 ? all.length : quoteAt;
  const signatureAt = signatureStart(all, 0, ownEnd);
  if (signatureAt > 0) {
    const last = all[ownEnd - 1] as Line;
    ignored.push({ start: (all[signatureAt] as Line).start, end: last.end });
  }
  // Interleaved quote lines and disclaimers above the signature.
  const bodyEnd = signatureAt > 0 ? signatureAt : ownEnd;
  for (let i = 0; i < bodyEnd; i++) {
    const line = all[i] as Line;
    if (/^\s*>/.test(line.text)) quoted.push(quotedPart(line));
    else if (line.text.length > 60 && DISCLAIMER.test(line.text) && isDisclaimer(line.text))
      ignored.push({ start: line.start, end: line.end });
  }
  if (quoteAt !== -1) {
    for (let i = quoteAt; i < all.length; i++) {
      const line = all[i] as Line;
      if (line.text.trim() === '') continue;
      const header =
        i === quoteAt ||
        (i === quoteAt + 1 && /^\s*(?:wrote|schrieb)\b.{0,80}:\s*$/i.test(line.text)) ||
        HEADER_FIELD.test(line.text.replace(/^[\s>]+/, '')) ||
        QUOTE_HEADERS.some((h) => h.test(line.text.replace(/^[\s>]+/, '')));
      if (header) ignored.push({ start: line.start, end: line.end });
      else quoted.push(quotedPart(line));
    }
  }
  return {
    quoted: quoted.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start),
    ignored: joinSpans(ignored, text),
  };
}

/** A disclaimer reads like one: long, legal, not a sentence the rep wrote to the customer. */
function isDisclaimer(line: string): boolean {
  return /\b(?:this (?:e-?mail|message)|diese (?:e-?mail|nachricht)|sitz der gesellschaft|registered (?:office|in))\b/i.test(
    line,
  );
}

/** The line without its `>` markers. */
function quotedPart(line: Line): Span {
  const markers = /^[\s>]*/.exec(line.text)?.[0].length ?? 0;
  return { start: line.start + markers, end: line.end };
}

/** Sorted spans, neighbours separated only by whitespace or quote markers joined into one. */
function joinSpans(spans: Span[], text: string): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && /^[\s>]*$/.test(text.slice(last.end, span.start))) {
      last.end = Math.max(last.end, span.end);
    } else out.push({ ...span });
  }
  return out;
}

/**
 * `text` with everything outside `keep` blanked (line breaks stay), so offsets are unchanged
 * and blanked lines separate paragraphs.
 */
export function keepOnly(text: string, keep: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of keep) {
    out += blank(text.slice(at, span.start)) + text.slice(span.start, span.end);
    at = span.end;
  }
  return out + blank(text.slice(at));
}

/** The complement of `spans` (sorted, non-overlapping) within `[0, length)`. */
export function outside(spans: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) out.push({ start: at, end: span.start });
    at = Math.max(at, span.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}

function blank(part: string): string {
  return part.replace(/[^\n\r]/g, ' ');
}
