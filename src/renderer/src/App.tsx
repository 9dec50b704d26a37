import { memo, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, AppShell, Center, Group, Loader, MantineProvider, Stack, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../shared/app-contract';
import { isLanguage, type Language } from '../../shared/languages';
import { api } from '../api/client';
import { keys, useAppStatus } from './queries';
import { routeHref, useRoute, useRoutePage } from './route';
import type { Route } from './route-address';
import { theme } from './theme';
import { VisitListPage } from './visits/VisitListPage';
import { visitPage } from './visits/preload';
import { lazyPage } from './lazy-page';
import { afterNextPaint } from './after-paint';
import { useFormat } from './format';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { PageErrorBoundary } from './shell/PageErrorBoundary';
import { applySavedLanguage, chooseLanguage } from './i18n';
import { GlobalShortcuts, ShortcutsButton } from './shell/KeyboardShortcuts';
import { ReadOnlyBanner } from './shell/ReadOnlyBanner';
import { Navigation } from './shell/Navigation';
import { SharingIndicator } from './sharing/SharingIndicator';
import { OpenedArchive } from './backups/OpenedArchive';

// Pages loaded when first opened, so that the list of visits appears without waiting for them. The
// visit page is fetched as soon as the list is on screen (see `visits/preload`), before it is opened.
const VisitPage = visitPage.Page;
const CalendarPage = lazyPage(() => import('./calendar/CalendarPage').then((m) => m.CalendarPage)).Page;
const BackupsPage = lazyPage(() => import('./backups/BackupsPage').then((m) => m.BackupsPage)).Page;
const RegisterPage = lazyPage(() => import('./register/RegisterPage').then((m) => m.RegisterPage)).Page;
const SettingsPage = lazyPage(() => import('./settings/SettingsPage').then((m) => m.SettingsPage)).Page;
const PartnersPage = lazyPage(() => import('./partners/PartnersPage').then((m) => m.PartnersPage)).Page;
const PartnerPage = lazyPage(() => import('./partners/PartnerPage').then((m) => m.PartnerPage)).Page;
const ReportsPage = lazyPage(() => import('./reports/ReportsPage').then((m) => m.ReportsPage)).Page;
const TodayPage = lazyPage(() => import('./today/TodayPage').then((m) => m.TodayPage)).Page;
const PrintDayPage = lazyPage(() => import('./print/PrintDayPage').then((m) => m.PrintDayPage)).Page;
const PrintProgrammePage = lazyPage(() =>
  import('./print/PrintProgrammePage').then((m) => m.PrintProgrammePage),
).Page;
const PrintItineraryPage = lazyPage(() =>
  import('./itinerary/PrintItineraryPage').then((m) => m.PrintItineraryPage),
).Page;
const PrintRunSheetPage = lazyPage(() =>
  import('./itinerary/PrintRunSheetPage').then((m) => m.PrintRunSheetPage),
).Page;
const PrintBriefingPage = lazyPage(() =>
  import('./itinerary/PrintBriefingPage').then((m) => m.PrintBriefingPage),
).Page;

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

/** The language choices being saved, one after another: the last one chosen is the one kept. */
let savingLanguage: Promise<unknown> = Promise.resolve();

function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const client = useQueryClient();
  const language = isLanguage(i18n.language) ? i18n.language : 'az';
  const change = useCallback(
    (next: Language) => {
      // The saved setting is applied whenever it differs from the UI's language: keep the cached copy in
      // step with the choice, or the stale one would switch the language straight back.
      client.setQueryData<AppStatus>(
        keys.status,
        (status) => status && { ...status, settings: { ...status.settings, uiLanguage: next } },
      );
      void chooseLanguage(next);
      // The choice is remembered in the data folder, like every other setting.
      savingLanguage = savingLanguage.then(() =>
        api['settings.update']({ uiLanguage: next }).catch(() => undefined),
      );
    },
    [client],
  );
  return [language, change];
}

// Drawn again only when the status changes, not with every change of the address.
const Notices = memo(function Notices() {
  const { t } = useTranslation();
  const { date } = useFormat();
  const status = useAppStatus({ asked: true });
  const notices = status.data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {notices.map((notice, index) => (
        <Alert
          key={index}
          color="orange"
          title={t(`notices.${notice.code}.title`)}
          data-testid="store-notice"
        >
          {t(`notices.${notice.code}.body`, {
            ...notice.params,
            snapshot:
              typeof notice.params.snapshot === 'string' ? date(notice.params.snapshot.slice(0, 10)) : '',
          })}
        </Alert>
      ))}
    </Stack>
  );
});

/** The header changes only with the language. */
const Header = memo(function Header({
  language,
  onLanguage,
}: {
  language: Language;
  onLanguage: (language: Language) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="lg" justify="space-between">
      <Group gap="xs">
        <Title order={3} c="blue.8">
          Qonaq
        </Title>
        <Text c="dimmed" size="sm">
          {t('app.tagline')}
        </Text>
      </Group>
      <Group gap="md">
        <SharingIndicator />
        <ShortcutsButton />
      </Group>
      <LanguageSwitch value={language} onChange={onLanguage} />
    </Group>
  );
});

const isPrintView = (page: Route['name']) =>
  page === 'printDay' ||
  page === 'printProgramme' ||
  page === 'printItinerary' ||
  page === 'printRunSheet' ||
  page === 'printBriefing';

const ListPage = memo(VisitListPage);

/** Left on screen, the list is hidden without being taken down: see `useKeptUntilPainted`. */
const LEFT_BEHIND = { contentVisibility: 'hidden' } as const;

/**
 * True while `shown`, and after it stops being so, until the frame that drew what replaced it is
 * painted. The visit list is a hundred rows: taking them down (React's unmounting, the browser's removal
 * of the elements) was part of the frame that opens a visit. Hidden with `content-visibility`, which
 * keeps their layout instead of discarding it, they are taken down after that frame instead.
 */
function useKeptUntilPainted(shown: boolean): boolean {
  const [kept, setKept] = useState(shown);
  if (shown && !kept) setKept(true);
  useEffect(() => (!shown && kept ? afterNextPaint(() => setKept(false)) : undefined), [shown, kept]);
  return shown || kept;
}

/** The page the address names, drawn again with every change of the address. */
function Pages() {
  const route = useRoute();
  const address = routeHref(route);
  const onList = route.name === 'visits';
  const listKept = useKeptUntilPainted(onList);
  return (
    <>
      {listKept && (
        <div style={onList ? undefined : LEFT_BEHIND} inert={!onList} aria-hidden={!onList || undefined}>
          <PageErrorBoundary address={onList ? address : ''}>
            <ListPage />
          </PageErrorBoundary>
        </div>
      )}
      {!onList && (
        // One boundary per page: another page starts without the failure of the one left.
        <PageErrorBoundary key={route.name} address={address}>
          <Lazy>
            {route.name === 'visit' && <VisitPage key={route.id} id={route.id} />}
            {route.name === 'backups' && <BackupsPage />}
            {route.name === 'register' && <RegisterPage />}
            {route.name === 'partners' && <PartnersPage />}
            {route.name === 'partner' && <PartnerPage key={route.id} id={route.id} />}
            {route.name === 'reports' && <ReportsPage />}
            {route.name === 'settings' && <SettingsPage />}
            {route.name === 'calendar' && <CalendarPage date={route.date} entry={route.entry} />}
            {route.name === 'today' && <TodayPage date={route.date} />}
          </Lazy>
        </PageErrorBoundary>
      )}
    </>
  );
}

function PrintPages() {
  const route = useRoute();
  return (
    <PageErrorBoundary key={route.name} address={routeHref(route)}>
      <Lazy>
        {route.name === 'printDay' && <PrintDayPage date={route.date} />}
        {route.name === 'printProgramme' && <PrintProgrammePage id={route.id} />}
        {route.name === 'printItinerary' && <PrintItineraryPage visitId={route.id} guestId={route.guestId} />}
        {route.name === 'printRunSheet' && <PrintRunSheetPage date={route.date} />}
        {route.name === 'printBriefing' && <PrintBriefingPage visitId={route.id} itemId={route.itemId} />}
      </Lazy>
    </PageErrorBoundary>
  );
}

export function App() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const printing = useRoutePage(isPrintView);
  const status = useAppStatus({ asked: true });

  const saved = status.data?.settings.uiLanguage;
  useEffect(() => {
    if (saved) void applySavedLanguage(saved);
  }, [saved]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  // A print view is the page itself, without the app around it: what is on screen is what is printed.
  if (printing) {
    return (
      <MantineProvider theme={theme}>
        <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" />
          <PrintPages />
          <GlobalShortcuts />
        </DatesProvider>
      </MantineProvider>
    );
  }

  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <GlobalShortcuts />
        <OpenedArchive />
        <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
          <AppShell.Header>
            <Header language={language} onLanguage={setLanguage} />
          </AppShell.Header>
          <AppShell.Navbar p="sm">
            <Navigation />
          </AppShell.Navbar>
          <AppShell.Main>
            <ReadOnlyBanner />
            <Notices />
            <Pages />
          </AppShell.Main>
        </AppShell>
      </DatesProvider>
    </MantineProvider>
  );
}
