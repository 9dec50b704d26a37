// First: asks the core for the first screen's data before the rest of the page's JavaScript runs.
import './boot';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app.css';
import 'dayjs/locale/az';
import 'dayjs/locale/ru';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from './i18n';
import { queryClient } from './queries';
import { startQueries } from './startup';
import { App } from './App';

const root = document.getElementById('root');
if (root) {
  // The first screen's data is asked for before React starts; the page is drawn in the saved language.
  void startQueries().then(() =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </I18nextProvider>
      </StrictMode>,
    ),
  );
}
