/**
 * Splits a headline such as "Head of Partnerships at Acme" into title and company
 * (English "at", French "chez", German "bei", "@"). Returns the headline as title otherwise.
 */
export function splitHeadline(headline: string | undefined): { title?: string; company?: string } {
  if (!headline) return {};
  const match = /^(.+?)\s+(?:at|chez|bei|@)\s+(.+)$/i.exec(headline) ?? /^(.+?)\s*@\s*(.+)$/.exec(headline);
  if (!match?.[1] || !match[2]) return { title: headline };
  // A headline with several roles ("CEO at A | Advisor at B"): keep the first.
  const company = match[2].split(/\s+[|·•]\s+|,\s+/)[0];
  return { title: match[1].trim(), company: company?.trim() };
}
