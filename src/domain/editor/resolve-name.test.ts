import { resolveName } from './resolve-name.ts';

const categories = [
  { id: 'brands', names: ['党建品牌', 'Party brands'] },
  { id: 'coverage', names: ['覆盖范围', 'Coverage'] },
  { id: 'twins-a', names: ['同名'] },
  { id: 'twins-b', names: ['同名'] },
];

describe('resolveName', () => {
  it('takes an id as it is, and a name of one entry as its id', () => {
    expect(resolveName('brands', categories)).toBe('brands');
    expect(resolveName(' 覆盖范围 ', categories)).toBe('coverage');
    expect(resolveName('party brands', categories)).toBe('brands');
  });

  it('keeps what matches no entry, or several, for the checks to name', () => {
    expect(resolveName('品牌', categories)).toBe('品牌');
    expect(resolveName('同名', categories)).toBe('同名');
    expect(resolveName('', categories)).toBe('');
  });
});
