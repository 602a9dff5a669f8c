import { formatDataIssue, formatJsonPath } from './result.ts';

describe('formatJsonPath', () => {
  it.each([
    [[], '$'],
    [['figures', 3, 'value'], '$.figures[3].value'],
    [['departments', 0], '$.departments[0]'],
  ])('writes %j as %s', (path, expected) => {
    expect(formatJsonPath(path)).toBe(expected);
  });
});

describe('formatDataIssue', () => {
  it('names the file, the path, the record and the reason', () => {
    expect(
      formatDataIssue({
        file: 'data/articles/audit.json',
        path: '$.figures[2].value',
        recordId: 'audit-meetings',
        message: 'value must be a number',
      }),
    ).toBe('data/articles/audit.json $.figures[2].value (audit-meetings): value must be a number');
  });

  it('leaves the record out when there is none', () => {
    expect(formatDataIssue({ file: 'data/departments.json', path: '$', message: 'not JSON' })).toBe(
      'data/departments.json $: not JSON',
    );
  });
});
