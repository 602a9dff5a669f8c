import { useMemo } from 'react';
import { slotColour, type ColourSlot } from '../domain/department-colours.ts';
import { useTheme } from '../ui/theme.ts';
import { readThemeTokens } from './chart-theme.ts';

/** The colours a panel hands its builder: each department's, the neutral grey, the mark ink. */
export type ChartColours = {
  department: (slot: ColourSlot) => string;
  neutral: string;
  mark: string;
  hatch: string;
};

/** The chart colours of the current theme, read from the design tokens once per theme. */
export function useChartColours(): ChartColours {
  const { theme } = useTheme();
  return useMemo(() => {
    // Read again when the theme changes: the tokens are the theme's.
    void theme;
    const tokens = readThemeTokens();
    return {
      department: (slot) => slotColour(slot, tokens.palette, tokens.neutral),
      neutral: tokens.neutral,
      mark: tokens.mark,
      hatch: tokens.hatch,
    };
  }, [theme]);
}
