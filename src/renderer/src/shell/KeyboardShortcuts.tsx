import { Fragment, useSyncExternalStore } from 'react';
import { ActionIcon, Group, Kbd, Modal, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { navigate, useRoutePage } from '../route';
import type { Route } from '../route-address';
import { dialogOpen, findVisible, pressVisible, whenShown } from './press-visible';

// The sheet is opened from the header's button and by `?`, which live in different parts of the tree.
let sheetOpen = false;
const listeners = new Set<() => void>();
function setSheetOpen(open: boolean) {
  sheetOpen = open;
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** Alt+1… opens the sections in the order the side bar lists them. */
const SECTIONS = ['today', 'visits', 'calendar', 'register', 'backups', 'settings'] as const;
/** G then a letter: the first letter of the section in English, as on the web apps officers know. */
const AFTER_G: Record<string, (typeof SECTIONS)[number]> = { t: 'today', v: 'visits', c: 'calendar' };

// When G was last pressed: the letter that follows within a moment and a half names the section.
let gPressedAt = -Infinity;
function pressG() {
  gPressedAt = performance.now();
}
function justAfterG(): boolean {
  const after = performance.now() - gPressedAt < 1500;
  gPressedAt = -Infinity;
  return after;
}

type Row = { keys: string[][]; action: string };

function useRows(): { group: string; rows: Row[] }[] {
  const { t } = useTranslation();
  const s = (key: string) => t(`shortcuts.${key}`);
  return [
    {
      group: s('group.general'),
      rows: [
        { keys: [['?']], action: s('action.sheet') },
        { keys: [[MOD, 'N']], action: s('action.newVisit') },
        { keys: [[MOD, 'F']], action: s('action.find') },
        { keys: [[MOD, 'P']], action: s('action.print') },
        { keys: [[MOD, 'Z']], action: s('action.undo') },
      ],
    },
    {
      group: s('group.goTo'),
      rows: SECTIONS.map((section, index) => {
        const letter = Object.entries(AFTER_G).find(([, to]) => to === section)?.[0];
        return {
          keys: [...(letter ? [['G', letter.toUpperCase()]] : []), ['Alt', String(index + 1)]],
          action: t(`nav.${section}`),
        };
      }),
    },
    {
      group: s('group.dialogs'),
      rows: [
        { keys: [[MOD, 'Enter']], action: s('action.save') },
        { keys: [['Esc']], action: s('action.close') },
      ],
    },
  ];
}

function Keys({ keys }: { keys: string[][] }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      {keys.map((combo, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <Text span size="xs" c="dimmed">
              {t('shortcuts.or')}
            </Text>
          )}
          <Group gap={4} wrap="nowrap">
            {combo.map((key) => (
              <Kbd key={key} size="sm">
                {key}
              </Kbd>
            ))}
          </Group>
        </Fragment>
      ))}
    </Group>
  );
}

function ShortcutsSheet() {
  const { t } = useTranslation();
  const open = useSyncExternalStore(subscribe, () => sheetOpen);
  const groups = useRows();
  return (
    <Modal
      opened={open}
      onClose={() => setSheetOpen(false)}
      title={t('shortcuts.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="shortcuts-sheet"
    >
      <Stack gap="lg">
        {groups.map(({ group, rows }) => (
          <section key={group}>
            <Title order={4} size="h5" mb={6}>
              {group}
            </Title>
            <Table verticalSpacing={6} withRowBorders={false}>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.action}>
                    <Table.Td w="45%">
                      <Keys keys={row.keys} />
                    </Table.Td>
                    <Table.Td>{row.action}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
        <Text size="sm" c="dimmed">
          {t('shortcuts.inFields')}
        </Text>
      </Stack>
    </Modal>
  );
}

/** The header's way to the sheet, for those who do not know `?`. */
export function ShortcutsButton() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('shortcuts.title')}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        ml="auto"
        aria-label={t('shortcuts.title')}
        aria-keyshortcuts="?"
        onClick={() => setSheetOpen(true)}
      >
        <Text span fw={700} aria-hidden>
          ?
        </Text>
      </ActionIcon>
    </Tooltip>
  );
}

const onPrintPage = (page: Route['name']) =>
  page === 'printDay' ||
  page === 'printProgramme' ||
  page === 'printItinerary' ||
  page === 'printRunSheet' ||
  page === 'printBriefing' ||
  page === 'today';

/**
 * The app's keyboard shortcuts, and the sheet that lists them. Keys typed in a field stay the
 * field's (Ctrl+Z undoes typing there); Ctrl+Enter and Esc, which a field has no use for, are the
 * dialog's (see `AppModal`). With a dialog open the page's shortcuts wait.
 */
export function GlobalShortcuts() {
  const { t } = useTranslation();
  const page = useRoutePage((name) => name);
  const printable = useRoutePage(onPrintPage);

  const guarded = (run: () => boolean | void) => (event: KeyboardEvent) => {
    if (event.repeat || dialogOpen()) return;
    if (run() !== false) event.preventDefault();
  };
  const go = (section: (typeof SECTIONS)[number]) => navigate({ name: section });
  const onVisitList = (then: () => void) => {
    if (page !== 'visits') go('visits');
    then();
  };
  // Letters by their place on the keyboard, so that they work in the Russian and Azerbaijani layouts.
  const physical = { preventDefault: false, usePhysicalKeys: true } as const;
  const byKey = { preventDefault: false } as const;

  const hotkeys: HotkeyItem[] = [
    ['shift+?', guarded(() => setSheetOpen(true)), byKey],
    ['?', guarded(() => setSheetOpen(true)), byKey],
    [
      'mod+n',
      guarded(() =>
        onVisitList(() =>
          whenShown(
            () => findVisible(t('visit.action.new')),
            (button) => button.click(),
          ),
        ),
      ),
      physical,
    ],
    [
      'mod+f',
      guarded(() =>
        onVisitList(() =>
          whenShown(
            () => document.querySelector<HTMLInputElement>('[role="search"] input'),
            (input) => input.focus(),
          ),
        ),
      ),
      physical,
    ],
    // Printing is the page's own button; elsewhere the key is left alone.
    [
      'mod+p',
      guarded(() =>
        printable ? pressVisible(page === 'today' ? t('today.printDay') : t('print.toolbar.print')) : false,
      ),
      physical,
    ],
    // The calendar takes its own Ctrl+Z (its last move or removal); elsewhere the visible Undo is pressed.
    ['mod+z', guarded(() => (page === 'calendar' ? false : pressVisible(t('common.undo')))), physical],
    ['g', guarded(pressG), physical],
    ...Object.entries(AFTER_G).map(([letter, section]): HotkeyItem => [
      letter,
      guarded(() => (justAfterG() ? go(section) : false)),
      physical,
    ]),
    ...SECTIONS.map((section, index): HotkeyItem => [
      `alt+digit${index + 1}`,
      guarded(() => go(section)),
      physical,
    ]),
  ];
  useHotkeys(hotkeys);
  return <ShortcutsSheet />;
}
