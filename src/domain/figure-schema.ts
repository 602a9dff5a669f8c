import { z } from 'zod';
import {
  bilingualSchema,
  dateBasisSchema,
  dateNoteSchema,
  idSchema,
  isoDateSchema,
  quoteSchema,
} from './schema-basics.ts';

/** A figure: one printed quantity, its kind of bound, and the words that state it. */

const qualifiers = ['exact', 'atLeast', 'atMost', 'approx', 'range'] as const;
/**
 * How the printed number relates to the true value: `atLeast` for 余/多/以上/超/超过/逾, `atMost`
 * for 不足/不到/低于/以内, `approx` for 约/近/左右/上下, `range` for 七八个, 三四十万, 10—20人 (with
 * `valueMax`), else `exact`. The words are listed in numerals/qualifier-words.ts.
 */
export const qualifierSchema = z.enum(qualifiers, {
  error: (issue) =>
    issue.input === undefined
      ? `qualifier is required: use one of ${qualifiers.join(', ')}`
      : `unknown qualifier ${JSON.stringify(issue.input)}: use one of ${qualifiers.join(', ')}`,
});

/**
 * A unit as printed, without the scale word (万, 亿): any string here; `data:check` and the app
 * hold it against the vocabulary (data/vocabulary.json), which labels it.
 */
export const unitSchema = z
  .string({ error: 'unit is required: the unit printed after the number (人, 元, %, 百分点 …)' })
  .min(1, 'unit must not be empty: the unit printed after the number (人, 元, %, 百分点 …)');

/** Categories let comparable figures meet; the vocabulary names them. */
export const categorySchema = idSchema;

/** A plain non-negative number in base units, with a message that names what came instead. */
const amountSchema = (field: string) =>
  z
    .number({
      // NaN and ±Infinity (JSON 1e999) are numbers to JavaScript: say which one came.
      error: (issue) =>
        typeof issue.input === 'number'
          ? `${field} must be a finite number, not ${issue.input}`
          : `${field} must be a number`,
    })
    .finite(`${field} must be a finite number`)
    .nonnegative(`${field} must not be negative: figures count things`);

const figureFields = {
  id: idSchema.meta({ description: 'Unique across the whole dataset, kebab-case.' }),
  department: idSchema.meta({ description: 'Id of a department in departments.json.' }),
  metric: bilingualSchema.meta({ description: 'What is counted, in Chinese and English.' }),
  category: categorySchema.meta({
    description: 'Lets comparable figures meet in one chart; a category of data/vocabulary.json.',
  }),
  /** A plain number in base units: 343.76万人 → 3437600; a range's lower end. */
  value: amountSchema('value').meta({
    description:
      'A plain number in base units: 343.76万人 → 3437600, 7000余万元 → 70000000, 98.6% → 98.6; a range gives its lower end.',
  }),
  /** The upper end of a range (七八个 → 8), in base units; only with qualifier `range`. */
  valueMax: amountSchema('valueMax').optional().meta({
    description: 'The upper end of a range (七八个 → 8, 三四十万人 → 400000); only with range.',
  }),
  unit: unitSchema.meta({
    description:
      'The unit as printed, without 万/亿 (人, 元, %, 百分点); a unit of data/vocabulary.json.',
  }),
  qualifier: qualifierSchema.meta({
    description:
      'atLeast for 余/多/以上/超/超过/逾, atMost for 不足/不到/低于/以内, approx for 约/近/左右, range for 七八个 or 10—20 (with valueMax), else exact.',
  }),
  date: isoDateSchema.meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text.' }),
  dateBasis: dateBasisSchema.meta({
    description: 'printed if the quote states the whole date, else inferred (with dateNote).',
  }),
  dateNote: dateNoteSchema,
  /** The exact words of the source that state the figure. */
  quote: quoteSchema.meta({
    description: 'The exact source words with the numeral; line breaks and spaces may be left out.',
  }),
  /**
   * The numeral inside the quote that states the value, as printed (e.g. `343.76 万`, `七`).
   * Needed when the quote holds more than one number; otherwise the only one is used.
   */
  numeral: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'Which numeral of the quote states the value, when it holds several.' }),
  /** Figures of one activity (e.g. an outreach campaign's sessions and person-times). */
  group: idSchema.optional().meta({ description: "Id of a group in this article's groups." }),
  note: z.string().min(1).optional(),
  /** The editor's pick for the department's lead figure; absent, the largest one leads. */
  headline: z
    .literal(true, { error: 'headline is either true or left out: mark one figure per department' })
    .optional()
    .meta({
      description:
        "This figure is its department's 要闻: the overview and the presentation lead with it.",
    }),
};

type Bounded = { value: number; valueMax?: number | undefined; qualifier: string };

/** `valueMax` comes with a range and only with one, and lies above `value`. */
function checkRange(figure: Bounded, ctx: z.RefinementCtx) {
  const message =
    figure.qualifier === 'range'
      ? figure.valueMax === undefined
        ? 'qualifier range needs valueMax: the upper end the page prints (七八个 → 8)'
        : figure.valueMax > figure.value
          ? null
          : `valueMax ${figure.valueMax} must be larger than value ${figure.value}: a range runs from value up to valueMax`
      : figure.valueMax === undefined
        ? null
        : `valueMax is only for qualifier range (this figure is ${figure.qualifier}): remove it, or set qualifier range`;
  if (message) ctx.addIssue({ code: 'custom', path: ['valueMax'], message });
}

export const figureSchema = z.strictObject(figureFields).superRefine(checkRange);

/**
 * A figure of a draft (`npm run data:draft`): the drafter fills what the text proves (value,
 * unit, qualifier, quote, a date where one is printed) and leaves null what an editor must name
 * (and the unit, where the page prints none).
 */
export const draftFigureSchema = z
  .strictObject({
    ...figureFields,
    department: figureFields.department.nullable(),
    metric: figureFields.metric.nullable(),
    category: figureFields.category.nullable(),
    unit: figureFields.unit.nullable(),
    date: figureFields.date.nullable(),
    dateBasis: figureFields.dateBasis.nullable(),
  })
  .superRefine(checkRange);

/** Spaces and line breaks out, full-width digits folded: how a quote is compared. */
const squeeze = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

/** The printed form must be words of the quote itself, never text of its own. */
function checkPrinted(
  figure: { printed?: string | undefined; quote: string },
  ctx: z.RefinementCtx,
) {
  if (figure.printed !== undefined && !squeeze(figure.quote).includes(squeeze(figure.printed))) {
    ctx.addIssue({
      code: 'custom',
      path: ['printed'],
      message: `printed “${figure.printed}” is not in the quote “${figure.quote}”`,
    });
  }
}

/**
 * A figure as served: it carries its article's id, and the value as its quote prints it
 * (`49万余人次`), which the build reads from the proven quote (scripts/lib/assemble-dataset.ts)
 * so the page needs no numeral reader to show it.
 */
export const servedFigureSchema = z
  .strictObject({
    ...figureFields,
    article: idSchema,
    printed: z.string().min(1).optional().meta({
      description: 'The value as the quote prints it; filled by the build from the proven quote.',
    }),
  })
  .superRefine(checkRange)
  .superRefine(checkPrinted);
