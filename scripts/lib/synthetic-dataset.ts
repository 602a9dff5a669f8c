// Synthetic datasets for the scale benchmark (`npm run bench:scale`) and the scale browser test.
// Everything here is made up: every name, headline and metric starts with 合成 / "Synthetic", the
// dataset's title says so, and the files are only ever written to a temporary directory, never to
// data/ or dist/. The records still satisfy the data contract: the schema, and every quote appears
// verbatim in its article text with the numeral that states the value (the data check passes on
// the 1× dataset, see synthetic-dataset.test.ts).
import {
  DATASET_SCHEMA_VERSION,
  type Category,
  type Dataset,
  type Qualifier,
  type Unit,
} from '../../src/domain/dataset-schema.ts';
import { publishedVocabulary } from './published-vocabulary.ts';

/** What the real dataset holds (npm run data:check): the 1× counts. */
export const REAL_COUNTS = {
  departments: 5,
  articles: 4,
  figures: 31,
  events: 5,
  lists: 17,
  listItems: 63,
} as const;

export type SyntheticOptions = {
  /** 1, 100, 1000 …: how many times the real dataset's records. */
  scale: number;
  /** Defaults to 5 × scale^(2/3): 5 at 1×, 108 at 100×, 500 at 1,000×. */
  departments?: number;
  /** Pads department names (full and short) to this many characters, for the long-name tests. */
  nameLength?: number;
  /** Seed of the pseudo-random values; the same options give the same dataset. */
  seed?: number;
  /**
   * An archive of years: every record of an article in the article's year, as a newspaper's pages
   * report their own year, so the archive's chunks are one year each (ADR 015).
   */
  archive?: boolean;
};

/** The ten years the synthetic records spread over. */
export const SYNTHETIC_YEARS = Array.from({ length: 10 }, (_, i) => String(2014 + i));

// Ten characters that are no numeral, no unit and no qualifier word: codes spell indexes with them,
// so names and quotes stay unique without adding numerals the data check would have to account for.
const CODE_DIGITS = '甲乙丙丁戊己庚辛壬癸';
const FILLER = '合成文本仅供性能测试使用并非真实报道。';
// Real articles hold about 950 characters of text; the synthetic ones are padded to about that.
const TEXT_LENGTH = 900;

const KINDS: ReadonlyArray<readonly [Category, Unit, 'plain' | 'wan']> = [
  ['meetings', '次', 'plain'],
  ['rules', '项', 'plain'],
  ['honours', '名', 'plain'],
  ['organisation', '个', 'plain'],
  ['enterprises', '家', 'plain'],
  ['services', '项', 'plain'],
  ['facilities', '平方米', 'plain'],
  ['money', '元', 'wan'],
  ['coverage', '户', 'plain'],
  ['party-members', '名', 'plain'],
  ['outreach-sessions', '场次', 'plain'],
  ['outreach-reach', '人次', 'plain'],
  ['training', '人', 'plain'],
];

/** Spells a non-negative integer with CODE_DIGITS (12 → 乙丙). */
export function code(n: number): string {
  return String(n)
    .split('')
    .map((digit) => CODE_DIGITS[Number(digit)])
    .join('');
}

/** A small deterministic generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (text: string, length: number | undefined, filler: string) => {
  if (length === undefined || text.length >= length) return text;
  const fill = filler.repeat(Math.ceil((length - text.length) / filler.length));
  return (text + fill).slice(0, length);
};

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

/** The counts of each kind of record at a scale. */
export function syntheticCounts(options: SyntheticOptions) {
  const { scale } = options;
  const departments = options.departments ?? Math.round(5 * scale ** (2 / 3));
  return {
    departments,
    articles: Math.max(departments, Math.round(REAL_COUNTS.articles * scale)),
    figures: Math.round(REAL_COUNTS.figures * scale),
    events: Math.round(REAL_COUNTS.events * scale),
    lists: Math.round(REAL_COUNTS.lists * scale),
  };
}

type Sentence = { quote: string };

/**
 * A synthetic dataset at `scale` times the real one's records, valid against the schema and the
 * source-text checks. Marked synthetic in its title, every name and every article note.
 */
export function syntheticDataset(options: SyntheticOptions): Dataset {
  const counts = syntheticCounts(options);
  const next = random(options.seed ?? 20231016);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

  const departments: Dataset['departments'] = Array.from({ length: counts.departments }, (_, i) => {
    const zh = pad(`合成单位${code(i)}`, options.nameLength, '合成单位名称很长');
    const en = pad(`Synthetic unit ${i}`, options.nameLength, ' with a very long name');
    return {
      id: id('syn-dept', i),
      name: { zh, en },
      shortName: {
        zh: pad(`合成${code(i)}`, options.nameLength, '合成简称也很长'),
        en: pad(`Syn. unit ${i}`, options.nameLength, ' long short name'),
      },
      parent: { zh: '合成县', en: 'Synthetic county' },
      kind: { zh: '合成部门', en: 'Synthetic body' },
    };
  });

  const articleCount = counts.articles;
  const departmentOf = (article: number) => departments[article % departments.length]!.id;
  const yearOf = (n: number) => SYNTHETIC_YEARS[n % SYNTHETIC_YEARS.length]!;
  const sentences: Sentence[][] = Array.from({ length: articleCount }, () => []);
  const perArticle = new Array<number>(articleCount).fill(0);
  const dateNote = (year: string) => `合成数据：${year}年是生成器给定的年份，原文未印年份。`;

  const figures: Dataset['figures'] = Array.from({ length: counts.figures }, (_, n) => {
    const article = n % articleCount;
    const k = perArticle[article]!++;
    const [category, unit, style] = pick(KINDS);
    const qualifier: Qualifier = pick(['exact', 'exact', 'atLeast', 'approx'] as const);
    const digits = 1 + Math.floor(next() * (style === 'wan' ? 9999 : 99999));
    const value = style === 'wan' ? digits * 10000 : digits;
    const scaleWord = style === 'wan' ? '万' : '';
    const printed =
      qualifier === 'atLeast'
        ? `${digits}余${scaleWord}${unit}`
        : qualifier === 'approx'
          ? `约${digits}${scaleWord}${unit}`
          : `${digits}${scaleWord}${unit}`;
    const metricZh = `合成指标${code(k)}`;
    const quote = `${metricZh}达${printed}`;
    sentences[article]!.push({ quote });
    const year = options.archive ? yearOf(article) : yearOf(n);
    const month = 1 + (n % 12);
    return {
      id: id('syn-figure', n),
      department: departmentOf(article),
      metric: { zh: metricZh, en: `Synthetic metric ${k}` },
      category,
      value,
      unit,
      qualifier,
      date: n % 3 === 0 ? `${year}-${String(month).padStart(2, '0')}` : year,
      dateBasis: 'inferred',
      dateNote: dateNote(year),
      quote,
      article: id('syn-article', article),
    };
  });

  const events: Dataset['events'] = Array.from({ length: counts.events }, (_, n) => {
    const article = n % articleCount;
    const year = options.archive ? yearOf(article) : yearOf(n + 3);
    const month = 1 + ((n * 5) % 12);
    const quote = `${year}年${month}月合成单位举办合成活动${code(n)}`;
    sentences[article]!.push({ quote });
    return {
      id: id('syn-event', n),
      department: departmentOf(article),
      date: `${year}-${String(month).padStart(2, '0')}`,
      dateBasis: 'printed',
      title: { zh: `合成活动${code(n)}`, en: `Synthetic event ${n}` },
      quote,
      article: id('syn-article', article),
    };
  });

  let itemNumber = 0;
  const lists: Dataset['lists'] = Array.from({ length: counts.lists }, (_, n) => {
    const article = n % articleCount;
    const items = Array.from({ length: n % 4 === 0 ? 3 : 4 }, () => {
      const name = `合成品牌${code(itemNumber++)}`;
      sentences[article]!.push({ quote: name });
      return { name: { zh: name, en: `Synthetic brand ${itemNumber - 1}` }, quote: name };
    });
    return {
      id: id('syn-list', n),
      department: departmentOf(article),
      kind: 'party-brands',
      name: { zh: `合成名录${code(n)}`, en: `Synthetic list ${n}` },
      items,
      article: id('syn-article', article),
    };
  });

  const articles: Dataset['articles'] = Array.from({ length: articleCount }, (_, n) => {
    const headline = `合成报道${code(n)}`;
    const body = sentences[n]!.map((s) => `${s.quote}。`).join('');
    return {
      id: id('syn-article', n),
      source: `sources/${id('syn-article', n)}.txt`,
      headline: { zh: headline, en: `Synthetic article ${n}` },
      subheadline: null,
      section: null,
      bylines: [],
      publication: { name: null, date: null, dateBasis: null },
      departments: [departmentOf(n)],
      note: 'Synthetic: generated for the scale benchmark; not a real article.',
      groups: [],
      text: pad(`${headline}\n${body}\n`, TEXT_LENGTH, FILLER),
    };
  });

  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    title: { zh: '合成数据集（非真实数据）', en: 'Synthetic dataset (not real data)' },
    vocabulary: publishedVocabulary(),
    departments,
    articles,
    figures,
    events,
    lists,
  };
}
