/*
 * A reprint archive's header (Pubdate:, Source:, Copyright:, Contact:, Details:, Author:) is one field per
 * line on the page; some saved copies run it together with the headline and the first paragraph on one
 * line. This puts each field, the headline and the body back on lines of their own, changing no word, so
 * the line rules can read them.
 */

const FIELD = /\s+(?=(?:Source|Copyright|Contact|Details|Website|Author|Authors|Note):\s)/;
/** "Author: Jane Roe, Bureau HEADLINE IN CAPITALS DATELINE - Body…" */
const AUTHOR_HEADLINE_BODY =
  /^(?<author>Authors?:\s.+?)\s+(?<headline>(?:[\p{Lu}\d][\p{Lu}\d.'’,:;!?&-]*\s+){1,20}[\p{Lu}\d][\p{Lu}\d.'’,:;!?&-]*)\s+(?<body>\p{Lu}{2,}(?:[ ,.]+\p{Lu}{2,}\.?){0,3}(?:\s*\([\p{L}\s]+\))?\s+[-–—]\s+\S.*)$/u;

export function splitRunTogetherHeader(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!/^\s*Pubdate:\s/.test(line) || !FIELD.test(line)) {
      out.push(line);
      continue;
    }
    for (const field of line.trim().split(FIELD)) {
      const parts = AUTHOR_HEADLINE_BODY.exec(field)?.groups;
      if (parts?.author && parts.headline && parts.body)
        out.push(parts.author, '', parts.headline, '', parts.body);
      else out.push(field);
    }
  }
  return out;
}
