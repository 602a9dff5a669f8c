import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../test/sample-dataset.ts';
import {
  archiveYears,
  chunksFor,
  latestYear,
  mergeChunks,
  planArchive,
  UNDATED,
  type ArchiveIndex,
  type ChunkRecords,
} from './archive.ts';
import type { Dataset } from './dataset-schema.ts';

const [article] = sampleDataset.articles;
const [first, second] = sampleDataset.figures;

/** The sample spread over three articles: 2022, 2023 (printing a 2022 figure too), and undated. */
const threeYears: Dataset = {
  ...sampleDataset,
  articles: [
    { ...article!, id: 'a-2022' },
    {
      ...article!,
      id: 'a-2023',
      publication: { name: '聊城日报', date: '2023-03-01', dateBasis: 'printed', page: 'A3' },
    },
    { ...article!, id: 'a-none' },
  ],
  figures: [
    { ...first!, id: 'f-2022', article: 'a-2022', date: '2022' },
    { ...second!, id: 'f-2023', article: 'a-2023', date: '2023-02' },
    { ...second!, id: 'f-2023-prior', article: 'a-2023', date: '2022' },
  ],
  events: [],
  lists: [],
};

function indexOf(dataset: Dataset): { index: ArchiveIndex; loaded: Map<string, ChunkRecords> } {
  const plan = planArchive(dataset);
  const index: ArchiveIndex = {
    archiveVersion: 1,
    header: plan.header,
    chunks: plan.chunks.map(({ key, recordYears, counts }) => ({
      key,
      file: `${key}.json`,
      sha256: '',
      bytes: 0,
      recordYears,
      counts,
    })),
    editions: plan.editions,
    headlines: plan.headlines,
  };
  return { index, loaded: new Map(plan.chunks.map((chunk) => [chunk.key, chunk.records])) };
}

describe('planArchive', () => {
  it('puts every record with its article, one chunk per report year, undated last', () => {
    const plan = planArchive(threeYears);
    expect(plan.chunks.map((chunk) => chunk.key)).toEqual(['2022', '2023', UNDATED]);
    expect(plan.chunks.map((chunk) => chunk.records.figures.map((f) => f.id))).toEqual([
      ['f-2022'],
      ['f-2023', 'f-2023-prior'],
      [],
    ]);
    // The 2023 article prints a 2022 figure: its chunk is needed for 2022 too.
    expect(plan.chunks.map((chunk) => chunk.recordYears)).toEqual([['2022'], ['2022', '2023'], []]);
    expect(plan.chunks[1]!.counts).toEqual({ articles: 1, figures: 2, events: 0, lists: 0 });
    expect(plan.header.figures).toEqual([]);
    expect(plan.header.departments).toEqual(sampleDataset.departments);
  });

  it('lists the editions the pages print, unknown parts null', () => {
    const { editions } = planArchive(threeYears);
    expect(editions).toContainEqual({
      newspaper: '聊城日报',
      date: '2023-03-01',
      page: 'A3',
      year: '2023',
      articles: 1,
      figures: 2,
    });
    expect(editions).toContainEqual({
      newspaper: null,
      date: null,
      page: null,
      year: null,
      articles: 1,
      figures: 0,
    });
  });

  it('names one headline figure per department, with its year', () => {
    const { headlines } = planArchive(threeYears);
    expect(headlines.map((h) => h.department)).toEqual([first!.department]);
    expect(headlines[0]!.year).toMatch(/^202[23]$/);
  });
});

describe('chunksFor', () => {
  const { index } = indexOf(threeYears);
  it('takes every chunk that holds records of the chosen years, and the record-less undated one', () => {
    expect(chunksFor(index, ['2023']).map((c) => c.key)).toEqual(['2023', UNDATED]);
    expect(chunksFor(index, ['2022']).map((c) => c.key)).toEqual(['2022', '2023', UNDATED]);
    expect(chunksFor(index, ['1999']).map((c) => c.key)).toEqual([UNDATED]);
  });
  it('takes them all for no chosen year', () => {
    expect(chunksFor(index, []).map((c) => c.key)).toEqual(['2022', '2023', UNDATED]);
  });
  it('offers the record years, the latest first to open on', () => {
    expect(archiveYears(index)).toEqual(['2022', '2023']);
    expect(latestYear(index)).toBe('2023');
    expect(latestYear({ chunks: [] })).toBeNull();
  });
});

describe('mergeChunks', () => {
  it('gives back the whole dataset when every chunk is loaded', () => {
    const { index, loaded } = indexOf(threeYears);
    const merged = mergeChunks(index, loaded);
    expect(merged.figures.map((f) => f.id).sort()).toEqual(
      threeYears.figures.map((f) => f.id).sort(),
    );
    expect(merged.articles).toHaveLength(3);
    expect(merged.departments).toEqual(threeYears.departments);
  });
  it('holds only the loaded chunks', () => {
    const { index, loaded } = indexOf(threeYears);
    loaded.delete('2022');
    expect(mergeChunks(index, loaded).figures.map((f) => f.id)).toEqual(['f-2023', 'f-2023-prior']);
  });
});
