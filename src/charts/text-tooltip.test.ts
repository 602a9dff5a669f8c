import { textTooltip } from './text-tooltip.ts';

describe('textTooltip', () => {
  it('puts each line in as text, never as markup', () => {
    const element = textTooltip([
      '<img src=x onerror=alert(1)>',
      '「签约 343.76 万人」',
    ]) as HTMLElement;
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toBe('<img src=x onerror=alert(1)>「签约 343.76 万人」');
    expect(element.querySelectorAll('br')).toHaveLength(1);
  });
});
