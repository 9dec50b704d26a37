import { createTheme, Modal } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif',
  headings: { fontFamily: '"Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif' },
  components: {
    // A dialog's title names what it is about; Mantine's default is body text, easy to miss.
    Modal: Modal.extend({ styles: { title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } } }),
  },
});
