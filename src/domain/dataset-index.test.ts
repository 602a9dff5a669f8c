import { sampleDataset } from '../test/sample-dataset.ts';
import { indexDataset } from './dataset-index.ts';

describe('indexDataset', () => {
  const dataset = {
    ...sampleDataset,
    articles: sampleDataset.articles.map((article) => ({
      ...article,
      groups: [{ id: 'family-doctors', name: { zh: '家庭医生签约', en: 'Family doctors' } }],
    })),
  };
  const index = indexDataset(dataset);

  it('finds departments, articles and figures by id', () => {
    expect(index.department('liaocheng-health-commission')?.shortName.zh).toBe('市卫生健康委');
    expect(index.article('health-party-brands')?.headline?.zh).toBe('医心向党 守护健康');
    expect(index.figure('health-family-doctor-people')?.value).toBe(3437600);
    expect(index.department('nowhere')).toBeUndefined();
  });

  it('lists a department’s figures, and none for an unknown department', () => {
    expect(index.figuresOf('liaocheng-health-commission').map((f) => f.id)).toEqual(
      dataset.figures
        .filter((f) => f.department === 'liaocheng-health-commission')
        .map((f) => f.id),
    );
    expect(index.figuresOf('liaocheng-health-commission').length).toBeGreaterThan(0);
    expect(index.figuresOf('nowhere')).toEqual([]);
  });

  it('names a figure’s group from its article', () => {
    expect(index.groupName({ article: 'health-party-brands', group: 'family-doctors' })?.zh).toBe(
      '家庭医生签约',
    );
    expect(index.groupName({ article: 'health-party-brands' })).toBeUndefined();
  });
});
