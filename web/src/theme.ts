import { createTheme } from '@mantine/core';

/** The app's theme: calm colours with enough contrast in both schemes (WCAG AA for text). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 8 },
  // Text on filled colours is black or white, whichever contrasts more with the colour.
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
});
