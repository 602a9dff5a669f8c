import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDataIssue } from '../src/domain/result.ts';
import { runDataCheck } from './data-check.ts';

const root = resolve(import.meta.dirname, '..');
const FIXTURES = 'scripts/fixtures';

/** The issue lines `npm run data:check` prints for a fixture. */
async function issueLines(name: string, checkJsonSchemas = false): Promise<string[]> {
  const { issues } = await runDataCheck(join(root, FIXTURES, name), root, { checkJsonSchemas });
  return issues.map(formatDataIssue);
}

const article = (name: string) => `${FIXTURES}/${name}/articles/town-hub.json`;
const source = (name: string) => `${FIXTURES}/${name}/sources/town-hub.txt`;

describe('data:check on the fixtures', () => {
  it('passes the valid fixture, which every other fixture breaks in one place', async () => {
    expect(await issueLines('valid')).toEqual([]);
  });

  it.each([
    [
      'bad-schema-value',
      [
        `${article('bad-schema-value')} $.figures[0].value (hub-area): value must be a number`,
        `${article('bad-schema-value')} $.figures[1].value (people-served): value must not be negative: figures count things`,
      ],
    ],
    [
      'unknown-names',
      [
        `${article('unknown-names')} $.figures[0].unit (hub-area): unknown unit "平米": did you mean 平方米? (add it to ${FIXTURES}/unknown-names/vocabulary.json)`,
        `${article('unknown-names')} $.figures[0].category (hub-area): unknown category "facility": did you mean facilities? (add it to ${FIXTURES}/unknown-names/vocabulary.json)`,
        `${article('unknown-names')} $.figures[0].unit (hub-area): unit 平米 does not match the quote: the source prints “平方米” after “3500”`,
      ],
    ],
    [
      'quote-not-in-text',
      [
        `${article('quote-not-in-text')} $.figures[0].quote (hub-area): quote “占地3600平方米” is not in ${source('quote-not-in-text')} (compared without whitespace, full- and half-width forms alike); the text matches up to “占地3” and differs after that`,
        `${article('quote-not-in-text')} $ (town-hub): numeral “3500” at ${source('quote-not-in-text')}:3:12 (…，某镇建成了占地【3500】平方米的党建阵地…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
      ],
    ],
    [
      'numeral-not-in-quote',
      [
        `${article('numeral-not-in-quote')} $.figures[1].numeral (people-served): numeral “1300” is not in the quote “服务周边 12900 余人”`,
        `${article('numeral-not-in-quote')} $ (town-hub): numeral “12900余” at ${source('numeral-not-in-quote')}:4:11 (…建阵地，服务周边【12900余】人。10月16日…) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
      ],
    ],
    [
      'wrong-value',
      [
        `${article('wrong-value')} $.figures[0].value (hub-area): value 350 does not match the quote: “3500” reads 3500`,
      ],
    ],
    [
      'wrong-qualifier',
      [
        `${article('wrong-qualifier')} $.figures[1].qualifier (people-served): qualifier exact does not match the quote: “12900余” reads atLeast (余)`,
      ],
    ],
    [
      'unknown-department',
      [
        `${article('unknown-department')} $.figures[0].department (hub-area): unknown department other-town: add it to ${FIXTURES}/unknown-department/departments.json (known: some-town)`,
      ],
    ],
    [
      'duplicate-id',
      [
        `${article('duplicate-id')} $.events[0].id (hub-area): id hub-area is already used by the figure at ${article('duplicate-id')} $.figures[0].id: ids are unique across the dataset`,
      ],
    ],
    [
      'unaccounted-numeral',
      [
        `${article('unaccounted-numeral')} $ (town-hub): numeral “四” at ${source('unaccounted-numeral')}:5:9 (…16日，该镇落实【四】德榜制度。) is not accounted for: add a figure for it, or an ignoredNumerals entry saying why it is not one`,
      ],
    ],
    [
      'stale-ignore',
      [
        `${article('stale-ignore')} $.ignoredNumerals[1].text (town-hub): ignoredNumerals entry “二十大” is not in ${source('stale-ignore')}: remove it (stale ignore)`,
      ],
    ],
    [
      'wrong-event-date',
      [
        `${article('wrong-event-date')} $.events[0].date (hub-meeting): date 2023-10-06 disagrees with the quote: the quote prints 10月16日 (????-10-16)`,
      ],
    ],
  ])('fails %s with its precise message', async (name, lines) => {
    expect(await issueLines(name)).toEqual(lines);
  });

  it('fails stale or missing JSON Schemas, and says how to regenerate them', async () => {
    expect(await issueLines('stale-json-schema', true)).toEqual([
      `${FIXTURES}/stale-json-schema/schema/article.schema.json $: stale: it differs from the zod schema; run npm run data:schema`,
      `${FIXTURES}/stale-json-schema/schema/departments.schema.json $: missing; run npm run data:schema`,
      `${FIXTURES}/stale-json-schema/schema/vocabulary.schema.json $: missing; run npm run data:schema`,
    ]);
  });

  describe('with a file that is not JSON', () => {
    let dir = '';
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('names the file and goes on checking the others', async () => {
      dir = mkdtempSync(join(tmpdir(), 'data-check-'));
      cpSync(join(root, FIXTURES, 'valid'), dir, { recursive: true });
      writeFileSync(join(dir, 'articles', 'town-hub.json'), '{ "id": "town-hub", ');
      writeFileSync(join(dir, 'departments.json'), '{ "departments": [] }');
      const { issues } = await runDataCheck(dir, dir, { checkJsonSchemas: false });
      expect(issues.map(formatDataIssue)).toEqual([
        'departments.json $.departments: a department list needs at least one department',
        expect.stringMatching(/^articles\/town-hub\.json \$: not valid JSON: /),
      ]);
    });
  });
});

describe('data:check on the real data', () => {
  it('proves every figure, with fresh JSON Schemas', async () => {
    const { issues, summary } = await runDataCheck(join(root, 'data'), root);
    expect(issues.map(formatDataIssue)).toEqual([]);
    expect(summary).toMatchObject({ departments: 5, articles: 4 });
  });
});

describe('the data:check command', () => {
  const run = (...args: string[]) =>
    spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/data-check.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('exits 0 on the real data and prints the counts', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^data:check: 5 departments, 4 articles, \d+ figures, /m);
  }, 30_000);

  it('exits 1 on bad data and prints every issue as file $.path (id): reason', () => {
    const result = run(`${FIXTURES}/wrong-value`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${article('wrong-value')} $.figures[0].value (hub-area): value 350 does not match the quote: “3500” reads 3500`,
    );
    expect(result.stdout).toContain('data:check: 1 issue; fix them and run again');
  }, 30_000);
});
