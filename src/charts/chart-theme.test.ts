import { buildChartTheme, type ThemeTokens } from './chart-theme.ts';

const tokens: ThemeTokens = {
  text: '#111111',
  textMuted: '#555555',
  border: '#cccccc',
  surface: '#ffffff',
  palette: ['#1f77b4', '#ff7f0e'],
  neutral: '#888888',
  mark: '#333333',
  hatch: 'rgba(255, 255, 255, 0.6)',
  fontFamily: 'Noto Sans CJK SC',
};

describe('buildChartTheme', () => {
  it('takes the palette, text colour and font from the tokens', () => {
    expect(buildChartTheme(tokens, 'light')).toEqual(
      expect.objectContaining({
        color: ['#1f77b4', '#ff7f0e'],
        textStyle: { color: '#111111', fontFamily: 'Noto Sans CJK SC' },
      }),
    );
  });

  it('draws axis labels in the muted text colour', () => {
    expect(buildChartTheme(tokens, 'dark').valueAxis.axisLabel.color).toBe('#555555');
  });

  it('softens grid lines in the dark theme only', () => {
    expect(buildChartTheme(tokens, 'light').valueAxis.splitLine.lineStyle.opacity).toBe(1);
    expect(buildChartTheme(tokens, 'dark').valueAxis.splitLine.lineStyle.opacity).toBe(0.5);
  });

  it('draws labels in the text colour without a halo', () => {
    expect(buildChartTheme(tokens, 'dark').bar.label).toEqual({
      color: '#111111',
      textBorderWidth: 0,
    });
  });
});
