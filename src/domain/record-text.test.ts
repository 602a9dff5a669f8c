import { makeFigure } from '../test/make-figure.ts';
import { recordTitle } from './record-text.ts';

const names = { unitName: (unit: string) => unit };

describe('recordTitle', () => {
  it('calls an event by its title and a figure by its metric and value', () => {
    const event = {
      kind: 'event' as const,
      id: 'e',
      date: '2023-10-16',
      department: 'd',
      record: {
        id: 'e',
        article: 'a',
        department: 'd',
        date: '2023-10-16',
        dateBasis: 'printed' as const,
        title: { zh: '宣誓', en: 'Oath' },
        quote: '宣誓',
      },
    };
    const figure = makeFigure('f', {
      metric: { zh: '党员', en: 'Members' },
      value: 100,
      unit: '人',
    });
    const asRecord = {
      kind: 'figure' as const,
      id: 'f',
      date: '2023',
      department: 'd',
      record: figure,
    };
    expect(recordTitle(event, 'zh', names)).toBe('宣誓');
    expect(recordTitle(event, 'en', names)).toBe('Oath');
    expect(recordTitle(asRecord, 'zh', names)).toBe('党员 100人');
  });
});
