import { memo } from 'react';
import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHref, useRoutePage } from '../route';
import type { Route } from '../route-address';

/** The sections of the app, in the order the navigation lists them; each is a page of its own. */
const SECTIONS = [
  'today',
  'visits',
  'calendar',
  'register',
  'partners',
  'reports',
  'backups',
  'settings',
] as const;
type Section = (typeof SECTIONS)[number];

/** The section of the app a page belongs to: a visit's page is in the list's, a partner's in the directory's. */
const sectionOf = (page: Route['name']) =>
  page === 'visit' ? 'visits' : page === 'partner' ? 'partners' : page;

export const Navigation = memo(function Navigation() {
  const { t } = useTranslation();
  const page = useRoutePage(sectionOf);
  return (
    <>
      {SECTIONS.map((section: Section) => (
        <NavLink
          key={section}
          href={routeHref({ name: section })}
          label={t(`nav.${section}`)}
          active={page === section}
        />
      ))}
    </>
  );
});
