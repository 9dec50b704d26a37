import { Combobox, createTheme, Modal } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // White on blue.6 is 3.5:1, under WCAG AA's 4.5:1 (axe, tests/e2e/accessibility.spec.ts); blue.8 is 4.9:1.
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif',
  headings: { fontFamily: '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif' },
  components: {
    // A dialog's title names what it is about; Mantine's default is body text, easy to miss.
    Modal: Modal.extend({ styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } }),
    // A closed select draws no options. Mantine keeps every option of every select in the page,
    // hidden, and places each hidden list under its field as the page is drawn: the country filter
    // alone is some 250 options, and each placement makes the browser lay out the whole page.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
  },
});
