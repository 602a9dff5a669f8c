import vocabularyFile from '../../data/vocabulary.json';
import type { Dataset } from '../domain/dataset-schema.ts';
import type { Vocabulary } from '../domain/vocabulary-schema.ts';

const { $schema: _schema, ...vocabulary } = vocabularyFile;
/** The vocabulary the published data uses (data/vocabulary.json), as the dataset serves it. */
export const sampleVocabulary: Vocabulary = vocabulary;

const text = `截至目前，全市家庭
医生签约已覆盖村居、社区 5525 个，
签约 343.76 万人；`;

/**
 * A small dataset for screen tests. Its figures are copied from the real source page (the health
 * commission article), so even test data says nothing the newspaper did not print.
 */
export const sampleDataset: Dataset = {
  schemaVersion: 2,
  title: { zh: '聊城新闻数据看板', en: 'Liaocheng News Figures' },
  vocabulary: sampleVocabulary,
  departments: [
    {
      id: 'liaocheng-health-commission',
      name: { zh: '聊城市卫生健康委员会', en: 'Liaocheng Municipal Health Commission' },
      shortName: { zh: '市卫生健康委', en: 'Health Commission' },
      parent: { zh: '聊城市', en: 'Liaocheng' },
      kind: { zh: '市直部门', en: 'Municipal department' },
    },
  ],
  articles: [
    {
      id: 'health-party-brands',
      source: 'sources/health-party-brands.txt',
      headline: { zh: '医心向党 守护健康', en: 'Devoted to the Party, guarding health' },
      subheadline: null,
      section: null,
      bylines: [{ role: '本报通讯员', names: ['金增秀', '王淑菊'] }],
      publication: { name: null, date: null, dateBasis: null },
      departments: ['liaocheng-health-commission'],
      groups: [],
      text,
    },
  ],
  figures: [
    {
      id: 'health-family-doctor-villages',
      article: 'health-party-brands',
      department: 'liaocheng-health-commission',
      metric: { zh: '家庭医生签约覆盖村居、社区', en: 'Villages and communities covered' },
      category: 'coverage',
      value: 5525,
      unit: '个',
      qualifier: 'exact',
      date: '2023',
      dateBasis: 'inferred',
      quote: '社区 5525 个',
    },
    {
      id: 'health-family-doctor-people',
      article: 'health-party-brands',
      department: 'liaocheng-health-commission',
      metric: { zh: '家庭医生签约人数', en: 'People under family-doctor contracts' },
      category: 'coverage',
      value: 3437600,
      unit: '人',
      qualifier: 'exact',
      date: '2023',
      dateBasis: 'inferred',
      quote: '签约 343.76 万人',
    },
  ],
  events: [],
  lists: [],
};
