/**
 * Phrasings as templates: what only the rep knows is a fill-in field in braces (`{new date}`),
 * never an invented fact. A template splits into text and fields; the card renders each field as
 * an input the rep tabs through, and only a template with every field filled goes into the text.
 * `{name}` (German `{Name}`) is filled in advance with the name of the draft's greeting.
 */

/** One part of a phrasing: plain text, or a field the rep fills in. */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'field'; label: string };

/** A field is 1 to 40 characters between braces, with no brace inside. */
const FIELD = /\{([^{}\n]{1,40})\}/g;

/** The parts of a phrasing, in order; text without fields is one text part. */
export function parseTemplate(phrasing: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  for (const match of phrasing.matchAll(FIELD)) {
    const label = (match[1] as string).trim();
    if (label === '') continue;
    if (match.index > at) parts.push({ kind: 'text', text: phrasing.slice(at, match.index) });
    parts.push({ kind: 'field', label });
    at = match.index + match[0].length;
  }
  if (at < phrasing.length) parts.push({ kind: 'text', text: phrasing.slice(at) });
  return parts;
}

/** The labels of a phrasing's fields, in order (a label used twice is one field). */
export function fieldLabels(parts: readonly TemplatePart[]): string[] {
  const labels: string[] = [];
  for (const part of parts)
    if (part.kind === 'field' && !labels.includes(part.label)) labels.push(part.label);
  return labels;
}

/** The phrasing with its fields filled; null while a field is still empty. */
export function fillTemplate(
  parts: readonly TemplatePart[],
  values: Readonly<Record<string, string>>,
): string | null {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    const value = (values[part.label] ?? '').trim();
    if (value === '') return null;
    out += value;
  }
  return out;
}

/** The phrasing as the card shows it before it is filled: each field as its label in brackets. */
export function templateText(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : `[${p.label}]`)).join('');
}

/** True for the field that takes the customer's name. */
export function isNameField(label: string): boolean {
  return label === 'name' || label === 'Name';
}

// "Hi Sarah," "Dear Ms Lopez," "Hallo Frau Weber," "Sehr geehrte Frau Dr. Klein," "Guten Tag Herr Ott,"
const GREETING =
  /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|moin|servus)\s+([^\n,!:;]{1,60}?)\s*[,!:]?\s*$/iu;
// Words after the greeting that are not a name ("Hi all," "Hallo zusammen,").
const NOT_A_NAME =
  /^(?:all|team|everyone|there|folks|guys|sir or madam|damen und herren|zusammen|alle|team\b.*|kollegen|kolleginnen)$/iu;

/** True when the draft opens with a greeting line ("Hi Sarah," "Hallo zusammen,"). */
export function hasGreeting(text: string): boolean {
  const first = text.split('\n').find((line) => line.trim() !== '');
  return first !== undefined && first.length <= 80 && GREETING.test(first);
}

/**
 * The name the draft's greeting addresses, from its first non-empty line ("Hi Sarah," gives
 * "Sarah", "Sehr geehrte Frau Dr. Klein," gives "Frau Dr. Klein"); null when there is none.
 */
export function greetingName(text: string): string | null {
  const first = text.split('\n').find((line) => line.trim() !== '');
  if (first === undefined || first.length > 80) return null;
  const match = GREETING.exec(first);
  const name = match?.[1]?.trim();
  if (!name || NOT_A_NAME.test(name) || !/^\p{Lu}/u.test(name)) return null;
  return name;
}
