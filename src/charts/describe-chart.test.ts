import { indexDataset } from '../domain/dataset-index.ts';
import { sampleDataset } from '../test/sample-dataset.ts';
import { describeChart } from './describe-chart.ts';

const index = indexDataset(sampleDataset);
const [villages, people] = sampleDataset.figures as [
  (typeof sampleDataset.figures)[0],
  (typeof sampleDataset.figures)[0],
];

describe('describeChart', () => {
  it('reads every value as printed, with its unit, and names the source article (zh)', () => {
    expect(
      describeChart(
        [
          { label: '市卫生健康委 家庭医生签约人数', figures: [people] },
          { label: '市卫生健康委 覆盖村居、社区', figures: [villages] },
        ],
        index,
        'zh',
      ),
    ).toBe(
      '市卫生健康委 家庭医生签约人数 343.76万人；市卫生健康委 覆盖村居、社区 5525个。来源：医心向党 守护健康。',
    );
  });

  it('speaks English with English numbers and a lower bound written as one', () => {
    const bound = {
      ...people,
      value: 490000,
      unit: '人次' as const,
      qualifier: 'atLeast' as const,
      quote: '服务 49 万余人次',
    };
    expect(describeChart([{ label: 'Disease prevention', figures: [bound] }], index, 'en')).toBe(
      'Disease prevention 490,000+ person-times. Source: Devoted to the Party, guarding health.',
    );
  });

  it('keeps rows with several values together', () => {
    expect(describeChart([{ label: 'Campaign', figures: [villages, people] }], index, 'zh')).toBe(
      'Campaign 5525个 343.76万人。来源：医心向党 守护健康。',
    );
  });
});
