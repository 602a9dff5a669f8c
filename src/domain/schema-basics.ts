import { z } from 'zod';

// No code generation: zod's object fast path compiles with `new Function`, which the page's
// Content-Security-Policy forbids (docs/decisions/007-content-security-policy.md); its probe for
// it would be reported as a violation. Read when a schema is created, so every schema module
// imports this one first.
z.config({ jitless: true });

/** Text in both interface languages. Chinese is what the source prints; English is ours. */
export const bilingualSchema = z.strictObject({
  zh: z.string().trim().min(1, '中文名称不能为空 / zh must not be empty'),
  en: z.string().trim().min(1, 'English name must not be empty'),
});

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and "-"');

/** ISO 8601 as precise as the text allows: `2023`, `2023-05`, `2023-10-16`. */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'dates are ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD',
  );

/**
 * Where a date comes from. `printed`: the quote states it in full. `inferred`: part of it (usually
 * the year) is not printed next to the figure and comes from the article or page, as `dateNote` says.
 */
export const dateBasisSchema = z.enum(['printed', 'inferred'], {
  error: (issue) =>
    issue.input === undefined
      ? 'dateBasis is required: printed or inferred'
      : `dateBasis ${JSON.stringify(issue.input)} is not one of printed, inferred`,
});

export const quoteSchema = z.string().min(1, 'a quote is required: the exact words of the source');

export const dateNoteSchema = z.string().min(1).optional().meta({
  description:
    'Required when dateBasis is inferred: where the unprinted part (name the year) comes from.',
});

export type Bilingual = z.infer<typeof bilingualSchema>;
