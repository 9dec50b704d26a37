import { Suspense, useEffect, type ReactNode } from 'react';
import {
  Alert,
  AppShell,
  Center,
  Group,
  Loader,
  MantineProvider,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/contract';
import { isLanguage, type Language } from '../../shared/languages';
import { api } from '../api/client';
import { keys, useAppStatus } from './queries';
import { routeHref, useRoute } from './route';
import { theme } from './theme';
import { VisitListPage } from './visits/VisitListPage';
import { visitPage } from './visits/preload';
import { lazyPage } from './lazy-page';
import { useFormat } from './format';
import { LanguageSwitch } from './shell/LanguageSwitch';

// Pages loaded when first opened, so that the list of visits appears without waiting for them. The
// visit page is fetched as soon as the list is on screen (see `visits/preload`), before it is opened.
const VisitPage = visitPage.Page;
const CalendarPage = lazyPage(() => import('./calendar/CalendarPage').then((m) => m.CalendarPage)).Page;
const BackupsPage = lazyPage(() => import('./backups/BackupsPage').then((m) => m.BackupsPage)).Page;
const RegisterPage = lazyPage(() => import('./register/RegisterPage').then((m) => m.RegisterPage)).Page;
const SettingsPage = lazyPage(() => import('./settings/SettingsPage').then((m) => m.SettingsPage)).Page;
const TodayPage = lazyPage(() => import('./today/TodayPage').then((m) => m.TodayPage)).Page;
const PrintDayPage = lazyPage(() => import('./print/PrintDayPage').then((m) => m.PrintDayPage)).Page;
const PrintProgrammePage = lazyPage(() => import('./print/PrintProgrammePage').then((m) => m.PrintProgrammePage)).Page;

function Lazy({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const language = isLanguage(i18n.language) ? i18n.language : 'az';
  const change = (next: Language) => {
    // The saved setting is applied whenever it differs from the UI's language: keep the cached copy in
    // step with the choice, or the stale one would switch the language straight back.
    client.setQueryData<AppStatus>(
      keys.status,
      (status) => status && { ...status, settings: { ...status.settings, uiLanguage: next } },
    );
    void i18n.changeLanguage(next);
    // The choice is remembered in the data folder, like every other setting.
    void api['settings.update']({ uiLanguage: next }).catch(() => undefined);
  };
  return [language, change];
}

function Notices() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const status = useAppStatus({ asked: true });
  const notices = status.data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {notices.map((notice, index) => (
        <Alert key={index} color="orange" title={t(`notices.${notice.code}.title`)} data-testid="store-notice">
          {t(`notices.${notice.code}.body`, {
            ...notice.params,
            snapshot: typeof notice.params.snapshot === 'string' ? date(notice.params.snapshot.slice(0, 10)) : '',
          })}
        </Alert>
      ))}
    </Stack>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const route = useRoute();
  const status = useAppStatus({ asked: true });

  const saved = status.data?.settings.uiLanguage;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  // A print view is the page itself, without the app around it: what is on screen is what is printed.
  if (route.name === 'printDay' || route.name === 'printProgramme') {
    return (
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" />
          <Lazy>
            {route.name === 'printDay' && <PrintDayPage date={route.date} />}
            {route.name === 'printProgramme' && <PrintProgrammePage id={route.id} />}
          </Lazy>
        </DatesProvider>
      </MantineProvider>
    );
  }

  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
          <AppShell.Header>
            <Group h="100%" px="lg" justify="space-between">
              <Group gap="xs">
                <Title order={3} c="blue.8">
                  Qonaq
                </Title>
                <Text c="dimmed" size="sm">
                  {t('app.tagline')}
                </Text>
              </Group>
              <LanguageSwitch value={language} onChange={setLanguage} />
            </Group>
          </AppShell.Header>
          <AppShell.Navbar p="sm">
            <NavLink href={routeHref({ name: 'today' })} label={t('nav.today')} active={route.name === 'today'} />
            <NavLink
              href={routeHref({ name: 'visits' })}
              label={t('nav.visits')}
              active={route.name === 'visits' || route.name === 'visit'}
            />
            <NavLink
              href={routeHref({ name: 'calendar' })}
              label={t('nav.calendar')}
              active={route.name === 'calendar'}
            />
            <NavLink
              href={routeHref({ name: 'register' })}
              label={t('nav.register')}
              active={route.name === 'register'}
            />
            <NavLink href={routeHref({ name: 'backups' })} label={t('nav.backups')} active={route.name === 'backups'} />
            <NavLink
              href={routeHref({ name: 'settings' })}
              label={t('nav.settings')}
              active={route.name === 'settings'}
            />
          </AppShell.Navbar>
          <AppShell.Main>
            <Notices />
            {route.name === 'visits' && <VisitListPage />}
            <Lazy>
              {route.name === 'visit' && <VisitPage key={route.id} id={route.id} />}
              {route.name === 'backups' && <BackupsPage />}
              {route.name === 'register' && <RegisterPage />}
              {route.name === 'settings' && <SettingsPage />}
              {route.name === 'calendar' && <CalendarPage date={route.date} entry={route.entry} />}
              {route.name === 'today' && <TodayPage />}
            </Lazy>
          </AppShell.Main>
        </AppShell>
      </DatesProvider>
    </MantineProvider>
  );
}
