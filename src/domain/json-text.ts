/**
 * Why a text is not JSON, so the message can say what happened rather than what the parser saw:
 * `empty`: nothing arrived; `html`: a server sent a web page (a missing file behind a fallback
 * route, a login page); `truncated`: the text stops inside a string, object or array (the
 * transfer broke off); `syntax`: anything else.
 */
export type JsonFailure = 'empty' | 'html' | 'truncated' | 'syntax';

/** True when the text ends inside a string, object or array: it was cut short. One pass, O(n). */
export function endsUnfinished(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) depth += 1;
    else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return inString || depth > 0;
}

/** Classifies a text that `JSON.parse` refused. */
export function classifyJsonFailure(text: string): JsonFailure {
  const start = text.trimStart();
  if (start.length === 0) return 'empty';
  if (start.startsWith('<')) return 'html';
  return endsUnfinished(start) ? 'truncated' : 'syntax';
}

export type JsonParse =
  { ok: true; value: unknown } | { ok: false; failure: JsonFailure; detail: string };

/** `JSON.parse` as a result: the value, or why the text is not JSON and the parser's words. */
export function parseJsonText(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, failure: classifyJsonFailure(text), detail: (error as Error).message };
  }
}
