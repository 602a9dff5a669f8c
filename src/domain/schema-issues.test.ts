import { z } from 'zod';
import { schemaIssues } from './schema-issues.ts';

describe('schemaIssues', () => {
  const schema = z.object({ figures: z.array(z.object({ id: z.string(), value: z.number() })) });
  const input = {
    figures: [
      { id: 'a', value: 1 },
      { id: 'b', value: 'many' },
    ],
  };
  const result = schema.safeParse(input);

  it('names the file, the JSON path and the innermost record with an id', () => {
    expect(result.success).toBe(false);
    const [issue, ...rest] = schemaIssues('data/dataset.json', input, result.error!);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      file: 'data/dataset.json',
      path: '$.figures[1].value',
      recordId: 'b',
    });
  });

  it('leaves the record out where the path reaches none', () => {
    const top = schema.safeParse({ figures: 'none' });
    expect(schemaIssues('x.json', { figures: 'none' }, top.error!)[0]).not.toHaveProperty(
      'recordId',
    );
  });
});
