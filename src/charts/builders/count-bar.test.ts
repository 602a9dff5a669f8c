import { buildCountBarOption } from './count-bar';

describe('buildCountBarOption', () => {
  const option = buildCountBarOption(
    [
      { id: 'a', label: '聊城市审计局', count: 9 },
      { id: 'b', label: '莘县古城镇', count: 4 },
    ],
    '数字个数',
  );

  it('puts the labels on the category axis in the given order', () => {
    expect(option.yAxis).toEqual(
      expect.objectContaining({ type: 'category', data: ['聊城市审计局', '莘县古城镇'] }),
    );
  });

  it('keeps each bar tied to its id so a click can filter by it', () => {
    expect(option.series).toEqual([
      expect.objectContaining({
        type: 'bar',
        data: [
          { value: 9, id: 'a' },
          { value: 4, id: 'b' },
        ],
      }),
    ]);
  });
});
