import departmentsFile from '../../../data/departments.json';
import audit from '../../../data/sources/audit-bureau-model-organs.txt?raw';
import health from '../../../data/sources/health-party-brands.txt?raw';
import vocabulary from '../../../data/vocabulary.json';
import { categoryFromMetric, departmentInText } from './suggest.ts';

const { categories } = vocabulary;
const { departments } = departmentsFile;

describe('categoryFromMetric', () => {
  it.each([
    ['支部党建品牌', 'brands'],
    ['送疾病预防控制知识活动场次', 'outreach-sessions'],
    ['送中医药特色疗法服务人次', 'outreach-reach'],
    ['培训乡村医生', 'training'],
    ['家庭医生签约覆盖村居、社区', 'coverage'],
  ])('%s → %s', (metric, category) => {
    expect(categoryFromMetric(metric, categories)).toBe(category);
  });

  it('suggests nothing where no category shares two characters, or two share as much', () => {
    expect(categoryFromMetric('健康促进行动工作机制', categories)).toBeNull();
    expect(categoryFromMetric('', categories)).toBeNull();
    const twins = [
      { category: 'a', name: { zh: '服务场次', en: 'a' } },
      { category: 'b', name: { zh: '服务人次', en: 'b' } },
    ];
    expect(categoryFromMetric('服务', twins)).toBeNull();
  });
});

describe('departmentInText', () => {
  it('finds the department an article is about by the names it prints', () => {
    expect(departmentInText(health, departments)).toBe('liaocheng-health-commission');
    expect(departmentInText(audit, departments)).toBe('liaocheng-audit-bureau');
  });

  it('suggests nothing for a text that names none', () => {
    expect(departmentInText('全市共有9个品牌。', departments)).toBeNull();
  });
});
