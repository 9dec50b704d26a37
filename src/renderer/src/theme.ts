import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif',
  headings: { fontFamily: '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif' },
});
