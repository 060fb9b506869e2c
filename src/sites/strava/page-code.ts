/**
 * The classic page's own data, read from the code of its inline scripts (never run): the
 * statements Strava writes, such as `var currentAthleteId = 15925262;` and `var pageProps =
 * {"activity_id":…,"activity_athlete_id":505408};`. Athletes write text that lands inside those
 * scripts as string literals (the title in `lightboxData`, comments), so a title "Tempo
 * currentAthleteId = 733001" must not read as the statement. Every string literal is therefore
 * masked before a statement is looked for: only the page's own code is matched, never text
 * quoted inside it.
 */

/** `code` with the inside of every string literal and comment replaced by spaces (same length, so indexes still match). */
export function maskStrings(code: string): string {
  return code.replace(/"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|`(?:[^`\\]|\\.)*`?|\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n]*/g, (literal) => {
    const quote = /^["'`]/.test(literal) ? (literal[0] ?? '') : '';
    return quote + ' '.repeat(Math.max(0, literal.length - 2 * quote.length)) + (literal.length > 1 ? quote : '');
  });
}

/** The inline scripts' code, each with its masked copy. */
export function inlineScripts(doc: Document): { code: string; masked: string }[] {
  return Array.from(doc.querySelectorAll('script:not([src])'))
    .filter((script) => !/json|template/i.test(script.getAttribute('type') ?? ''))
    .map((script) => {
      const code = (script.textContent ?? '').slice(0, 200_000);
      return { code, masked: maskStrings(code) };
    });
}

/**
 * The original text of group 1 of `pattern`, matched against the page's own code only (strings
 * masked), in the first script where it matches; '' when none. `pattern` needs the `d` flag.
 */
export function ownCode(scripts: readonly { code: string; masked: string }[], pattern: RegExp): string {
  for (const { code, masked } of scripts) {
    const [start, end] = pattern.exec(masked)?.indices?.[1] ?? [];
    if (start !== undefined && end !== undefined && end > start) return code.slice(start, end);
  }
  return '';
}

/** `var pageProps = {…};` as the page's code sets it, parsed as JSON data; {} when absent or unreadable. */
export function pageProps(scripts: readonly { code: string; masked: string }[]): Record<string, unknown> {
  const literal = ownCode(scripts, /\bvar\s+pageProps\s*=\s*(\{[^{}]*\})\s*;/d);
  try {
    const parsed: unknown = JSON.parse(literal);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
