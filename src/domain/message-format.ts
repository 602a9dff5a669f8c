import { localeTag, type Locale } from './locale.ts';

/**
 * Fills an interface message: `{name}` takes a value, and ICU's plural form
 * `{count, plural, =0 {none} one {# figure} other {# figures}}` picks its branch by
 * `Intl.PluralRules` (an exact `=N` first), with `#` the number itself. Only these two forms:
 * they are all our messages use, and a full ICU library would cost more bytes than the charts'
 * budget leaves (docs/decisions/012-interface-language.md).
 */
export type MessageValues = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function pluralRulesOf(locale: Locale) {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(localeTag(locale))));
  return rules;
}

function numberFormatOf(locale: Locale) {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(localeTag(locale))));
  return format;
}

/** The index just past the `}` that closes the `{` at `open`. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  throw new SyntaxError(`unclosed “{” at ${open} in message “${text}”`);
}

/** `=0 {…} one {…} other {…}` → { '=0': '…', one: '…', other: '…' }. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!selector?.[1]) break;
    const open = i + selector[0].length - 1;
    const end = closingBrace(body, open);
    branches.set(selector[1], body.slice(open + 1, end - 1));
    i = end;
  }
  if (!branches.has('other')) throw new SyntaxError(`plural without “other”: “${body}”`);
  return branches;
}

function formatPlural(body: string, count: number, values: MessageValues, locale: Locale) {
  const branches = pluralBranches(body);
  const branch =
    branches.get(`=${count}`) ?? branches.get(pluralRulesOf(locale).select(count)) ?? '';
  // `#` is this plural's count only where the branch itself writes it, not inside a nested
  // placeholder or in a value filled in later (a name may hold a "#").
  const shown = numberFormatOf(locale).format(count);
  let depth = 0;
  let own = '';
  for (const ch of branch) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    own += ch === '#' && depth === 0 ? shown : ch;
  }
  return formatMessage(own, values, locale);
}

/** Fills `template` with `values`; a placeholder without a value is left as written. */
export function formatMessage(template: string, values: MessageValues, locale: Locale): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open === -1) return out + template.slice(i);
    out += template.slice(i, open);
    const end = closingBrace(template, open);
    const inner = template.slice(open + 1, end - 1);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (plural?.[1] && plural[2] !== undefined) {
      const count = values[plural[1]];
      out +=
        typeof count === 'number'
          ? formatPlural(plural[2], count, values, locale)
          : template.slice(open, end);
    } else {
      const name = inner.trim();
      out += name in values ? String(values[name]) : template.slice(open, end);
    }
    i = end;
  }
  return out;
}

/** The names a message fills, plural counts included: `{count, plural, …}` → count. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    for (let open = text.indexOf('{'); open !== -1;) {
      const end = closingBrace(text, open);
      const inner = text.slice(open + 1, end - 1);
      const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
      if (plural?.[1] && plural[2] !== undefined) {
        names.add(plural[1]);
        for (const branch of pluralBranches(plural[2]).values()) walk(branch);
      } else names.add(inner.trim());
      open = text.indexOf('{', end);
    }
  };
  walk(template);
  return [...names].sort();
}
