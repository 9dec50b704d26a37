import { afterEach, describe, expect, it } from 'vitest';
import { calendarCheck, calendarFile, eventSequence } from '../../../../src/core/calendar/ics';
import { remembered } from '../../../../src/core/calendar/memory';
import { calendarExportSchema, type CalendarExportRequest } from '../../../../src/shared/calendar-export';
import type { Visit } from '../../../../src/shared/domain';
import { AppError } from '../../../../src/shared/errors';
import { programmeItem, storedGuest, storedVisit } from '../../../support/builders';
import { importInto, readIcs, type ReadEvent } from '../../../support/ics-reader';

const NOW = new Date('2026-05-10T09:00:00.000Z');

/** A visit of two guests with three items, each titled and placed in az, en and ru. */
function ankara(overrides: Partial<Visit> = {}): Visit {
  return storedVisit('v1', {
    title: 'Ankara University delegation',
    lang: 'en',
    translations: {
      az: { title: 'Ankara Universiteti nümayəndə heyəti' },
      ru: { title: 'Делегация Университета Анкары' },
    },
    guests: [
      storedGuest('g1', { surname: 'ÖZTÜRK', givenNames: 'Ayşe', nameCyrillic: 'Озтюрк Айше' }),
      storedGuest('g2', { surname: 'ŞAHİNOĞLU', givenNames: 'Mehmet' }),
    ],
    programme: [
      programmeItem('i1', {
        title: 'Meeting with the rector',
        venue: 'Main building, room 101',
        hosts: ['Rector'],
        lang: 'en',
        translations: {
          az: { title: 'Rektorla görüş', venue: 'Əsas bina, 101-ci otaq', hosts: 'Rektor' },
          ru: { title: 'Встреча с ректором', venue: 'Главный корпус, ауд. 101', hosts: 'Ректор' },
        },
      }),
      programmeItem('i2', {
        title: 'Lecture on seismology',
        startTime: '14:00',
        endTime: '15:30',
        allGuests: false,
        guestIds: ['g1'],
        lang: 'en',
        translations: { az: { title: 'Seysmologiya mühazirəsi' }, ru: { title: 'Лекция по сейсмологии' } },
      }),
      programmeItem('i3', {
        title: 'Laboratory visit',
        startDate: '2026-05-14',
        endDate: '2026-05-14',
        allGuests: false,
        guestIds: ['g2'],
        hosts: ['Dean of Physics'],
        lang: 'en',
        translations: {
          az: { title: 'Laboratoriyaya baxış', hosts: 'Fizika dekanı' },
          ru: { title: 'Посещение лаборатории', hosts: 'Декан физфака' },
        },
      }),
    ],
    ...overrides,
  });
}

/** Another delegation the same days, received by the same rector, and one after midnight. */
function tbilisi(): Visit {
  return storedVisit('v2', {
    title: 'Tbilisi delegation',
    lang: 'en',
    translations: { az: { title: 'Tbilisi nümayəndə heyəti' }, ru: { title: 'Тбилисская делегация' } },
    programme: [
      programmeItem('j1', {
        title: 'Rector’s lunch',
        startTime: '12:00',
        endTime: '13:00',
        hosts: ['  Rector '],
        lang: 'en',
        translations: {
          az: { title: 'Rektorun naharı', hosts: 'Rektor' },
          ru: { title: 'Обед у ректора', hosts: 'Ректор' },
        },
      }),
      programmeItem('j2', {
        title: 'Night train',
        startDate: '2026-05-12',
        startTime: '23:00',
        endDate: '2026-05-13',
        endTime: '01:00',
        lang: 'en',
        translations: { az: { title: 'Gecə qatarı' }, ru: { title: 'Ночной поезд' } },
      }),
    ],
  });
}

function exported(visits: Visit[], request: CalendarExportRequest, now = NOW) {
  const file = calendarFile(visits, calendarExportSchema.parse(request), now);
  return { fileName: file.fileName, text: Buffer.from(file.base64, 'base64').toString('utf8') };
}

const byUid = (events: ReadEvent[]) => new Map(events.map((e) => [e.uid, e]));
const uids = (events: ReadEvent[]) => events.map((e) => e.uid).sort();

describe('a visit’s programme as a calendar file', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('holds one event per item, each in Baku time with the file’s own VTIMEZONE', () => {
    const { text } = exported([ankara()], { scope: 'visit', visitId: 'v1', language: 'en' });
    const calendar = readIcs(text);
    expect(calendar.timezones).toEqual(['Asia/Baku']);
    expect(text).toContain('DTSTART;TZID=Asia/Baku:20260513T100000');
    expect(text).toContain('TZOFFSETFROM:+0400\r\nTZOFFSETTO:+0400\r\nTZNAME:+04\r\n');
    expect(uids(calendar.events)).toEqual(['i1.v1@qonaq', 'i2.v1@qonaq', 'i3.v1@qonaq']);
    const meeting = byUid(calendar.events).get('i1.v1@qonaq');
    expect(meeting).toMatchObject({
      tzid: 'Asia/Baku',
      start: '2026-05-13T10:00:00',
      end: '2026-05-13T11:00:00',
      // 10:00 in Baku is 06:00 UTC: UTC+4 all year.
      startUtc: '2026-05-13T06:00:00.000Z',
      endUtc: '2026-05-13T07:00:00.000Z',
      summary: 'Meeting with the rector',
      location: 'Main building, room 101',
      status: 'TENTATIVE',
    });
    expect(meeting?.description).toBe(
      'Visit: Ankara University delegation\nHosts: Rector\nGuests: the whole delegation',
    );
  });

  it('writes the same times whatever time zone the computer is set to', () => {
    const request = { scope: 'visit', visitId: 'v1', language: 'en' } as const;
    process.env.TZ = 'America/New_York';
    const inNewYork = exported([ankara()], request).text;
    process.env.TZ = 'Asia/Tokyo';
    const inTokyo = exported([ankara()], request).text;
    expect(inTokyo).toBe(inNewYork);
    expect(
      readIcs(inTokyo)
        .events.map((e) => e.startUtc)
        .sort(),
    ).toEqual(['2026-05-13T06:00:00.000Z', '2026-05-13T10:00:00.000Z', '2026-05-14T06:00:00.000Z']);
  });

  it.each([
    [
      'az',
      'Rektorla görüş',
      'Əsas bina, 101-ci otaq',
      'Səfər: Ankara Universiteti nümayəndə heyəti\nQəbul edənlər: Rektor\nQonaqlar: bütün nümayəndə heyəti',
    ],
    [
      'en',
      'Meeting with the rector',
      'Main building, room 101',
      'Visit: Ankara University delegation\nHosts: Rector\nGuests: the whole delegation',
    ],
    [
      'ru',
      'Встреча с ректором',
      'Главный корпус, ауд. 101',
      'Визит: Делегация Университета Анкары\nПринимают: Ректор\nГости: вся делегация',
    ],
  ] as const)('prints titles, venue and description in %s', (language, summary, location, description) => {
    const { text } = exported([ankara()], { scope: 'visit', visitId: 'v1', language });
    const meeting = byUid(readIcs(text).events).get('i1.v1@qonaq');
    expect(meeting).toMatchObject({ summary, location, description });
  });

  it('names guests exactly as in the passport, in every language', () => {
    for (const language of ['az', 'en', 'ru'] as const) {
      const { text } = exported([ankara()], { scope: 'visit', visitId: 'v1', language });
      const lecture = byUid(readIcs(text).events).get('i2.v1@qonaq');
      expect(lecture?.description.split('\n').at(-1)).toMatch(/: Ayşe ÖZTÜRK$/u);
    }
  });

  it('folds long lines at 75 octets without splitting a letter, and the title reads back whole', () => {
    const long =
      'Торжественное подписание меморандума о взаимопонимании между университетами; ' + 'Ə'.repeat(60);
    const visit = ankara();
    const [first, ...rest] = visit.programme;
    if (!first) throw new Error('no item');
    const titled = {
      ...first,
      translations: { ...first.translations, ru: { ...first.translations?.ru, title: long } },
    };
    const { text } = exported([{ ...visit, programme: [titled, ...rest] }], {
      scope: 'visit',
      visitId: 'v1',
      language: 'ru',
    });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(byUid(readIcs(text).events).get('i1.v1@qonaq')?.summary).toBe(long);
  });

  it('refuses a file whose texts are not all written in its language, and says which', () => {
    const visit = ankara();
    const [first, ...rest] = visit.programme;
    if (!first) throw new Error('no item');
    const untranslated = { ...first, translations: { az: { title: 'Rektorla görüş' } } };
    const visits = [{ ...visit, programme: [untranslated, ...rest] }];
    const request = calendarExportSchema.parse({ scope: 'visit', visitId: 'v1', language: 'ru' });
    expect(
      calendarCheck(visits, request)
        .missingTexts.map((m) => `${m.id}.${m.field}`)
        .sort(),
    ).toEqual(['i1.hosts', 'i1.title', 'i1.venue']);
    let refusal: unknown;
    try {
      calendarFile(visits, request, NOW);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code: 'textsMissing', params: { language: 'ru' } });
    expect(
      (refusal as AppError).fields
        ?.map((f) => `${f.path} ${String(f.params?.id)}/${String(f.params?.visitId)}`)
        .sort(),
    ).toEqual(['texts.item.hosts i1/v1', 'texts.item.title i1/v1', 'texts.item.venue i1/v1']);
    expect(() => calendarFile(visits, { ...request, language: 'az' }, NOW)).toThrow(AppError);
    expect(exported(visits, { scope: 'visit', visitId: 'v1', language: 'en' }).text).toContain(
      'SUMMARY:Meeting with the rector',
    );
  });

  it('marks a cancelled visit’s events cancelled, so that importing again takes them off', () => {
    const { text } = exported([ankara({ status: 'cancelled' })], {
      scope: 'visit',
      visitId: 'v1',
      language: 'en',
    });
    expect(new Set(readIcs(text).events.map((e) => e.status))).toEqual(new Set(['CANCELLED']));
  });
});

describe('files of one guest, one host and one day', () => {
  it('gives a guest only the items they attend, and nothing of another guest', () => {
    const { text, fileName } = exported([ankara()], {
      scope: 'guest',
      visitId: 'v1',
      guestId: 'g1',
      language: 'en',
    });
    const events = readIcs(text).events;
    expect(uids(events)).toEqual(['i1.v1@qonaq', 'i2.v1@qonaq']);
    expect(text).not.toContain('ŞAHİNOĞLU');
    expect(text).not.toContain('Laboratory');
    expect(fileName).toBe('Ayşe ÖZTÜRK - Ankara University delegation - calendar (EN).ics');
    const other = readIcs(
      exported([ankara()], { scope: 'guest', visitId: 'v1', guestId: 'g2', language: 'en' }).text,
    );
    expect(uids(other.events)).toEqual(['i1.v1@qonaq', 'i3.v1@qonaq']);
  });

  it('names no other guest in a guest’s file, not even one who shares an item', () => {
    const visit = ankara();
    const shared = {
      ...visit,
      programme: visit.programme.map((p) => (p.id === 'i2' ? { ...p, guestIds: ['g1', 'g2'] } : p)),
    };
    const { text } = exported([shared], { scope: 'guest', visitId: 'v1', guestId: 'g1', language: 'en' });
    expect(uids(readIcs(text).events)).toEqual(['i1.v1@qonaq', 'i2.v1@qonaq']);
    expect(text).not.toContain('ŞAHİNOĞLU');
    expect(text).not.toContain('Mehmet');
    expect(byUid(readIcs(text).events).get('i2.v1@qonaq')?.description).toBe(
      'Visit: Ankara University delegation',
    );
  });

  it('gives a host the items they receive at, in one visit or in all', () => {
    const all = readIcs(
      exported([ankara(), tbilisi()], { scope: 'host', host: 'Rector', language: 'ru' }).text,
    );
    expect(uids(all.events)).toEqual(['i1.v1@qonaq', 'j1.v2@qonaq']);
    expect(all.events.map((e) => e.summary).sort()).toEqual(['Встреча с ректором', 'Обед у ректора']);
    expect(exported([ankara(), tbilisi()], { scope: 'host', host: 'Rector', language: 'ru' }).fileName).toBe(
      'Ректор - календарь (RU).ics',
    );
    const one = readIcs(
      exported([ankara(), tbilisi()], { scope: 'host', host: 'Rector', visitId: 'v2', language: 'en' }).text,
    );
    expect(uids(one.events)).toEqual(['j1.v2@qonaq']);
  });

  it('takes a host typed in other capitals or spacing for the same person', () => {
    const file = exported([ankara(), tbilisi()], { scope: 'host', host: ' RECTOR\u00a0', language: 'ru' });
    expect(uids(readIcs(file.text).events)).toEqual(['i1.v1@qonaq', 'j1.v2@qonaq']);
    expect(file.fileName).toBe('Ректор - календарь (RU).ics');
  });

  it('gives a day every visit’s items that touch it, one crossing midnight too, but not a cancelled visit’s', () => {
    const cancelled = storedVisit('v3', {
      status: 'cancelled',
      lang: 'en',
      programme: [programmeItem('k1', { title: 'Gala', lang: 'en' })],
    });
    const day = readIcs(
      exported([ankara(), tbilisi(), cancelled], { scope: 'day', date: '2026-05-13', language: 'az' }).text,
    );
    expect(uids(day.events)).toEqual(['i1.v1@qonaq', 'i2.v1@qonaq', 'j1.v2@qonaq', 'j2.v2@qonaq']);
    expect(byUid(day.events).get('j2.v2@qonaq')).toMatchObject({
      summary: 'Gecə qatarı',
      start: '2026-05-12T23:00:00',
    });
  });

  it('refuses a guest or visit that does not exist', () => {
    const request = calendarExportSchema.parse({
      scope: 'guest',
      visitId: 'v1',
      guestId: 'nobody',
      language: 'en',
    });
    expect(() => calendarFile([ankara()], request, NOW)).toThrow(
      expect.objectContaining({ code: 'notFound' }),
    );
    const noVisit = calendarExportSchema.parse({ scope: 'visit', visitId: 'gone', language: 'en' });
    expect(() => calendarFile([ankara()], noVisit, NOW)).toThrow(
      expect.objectContaining({ code: 'notFound' }),
    );
  });
});

describe('importing files again', () => {
  it('keeps one event per item when the visit’s file and each guest’s are imported into one calendar', () => {
    const visits = [ankara()];
    const calendar = new Map<string, ReadEvent>();
    importInto(calendar, exported(visits, { scope: 'visit', visitId: 'v1', language: 'en' }).text);
    importInto(
      calendar,
      exported(visits, { scope: 'guest', visitId: 'v1', guestId: 'g1', language: 'en' }).text,
    );
    importInto(
      calendar,
      exported(visits, { scope: 'guest', visitId: 'v1', guestId: 'g2', language: 'en' }).text,
    );
    importInto(calendar, exported(visits, { scope: 'day', date: '2026-05-13', language: 'en' }).text);
    expect([...calendar.keys()].sort()).toEqual(['i1.v1@qonaq', 'i2.v1@qonaq', 'i3.v1@qonaq']);
  });

  it('keeps an item’s UID and raises its SEQUENCE once it has changed', () => {
    const before = ankara();
    const first = readIcs(exported([before], { scope: 'visit', visitId: 'v1', language: 'en' }).text);
    // Moved within the second the first file was written in: the store's save raises the revision.
    const moved = remembered(before, {
      ...before,
      updatedAt: '2026-05-10T09:00:00.400Z',
      programme: before.programme.map((p) =>
        p.id === 'i1' ? { ...p, startTime: '10:30', endTime: '11:30' } : p,
      ),
    });
    const second = readIcs(exported([moved], { scope: 'visit', visitId: 'v1', language: 'en' }).text);
    const was = byUid(first.events).get('i1.v1@qonaq');
    const is = byUid(second.events).get('i1.v1@qonaq');
    expect(is?.start).toBe('2026-05-13T10:30:00');
    expect(is?.sequence).toBeGreaterThan(was?.sequence ?? Infinity);
    const calendar = importInto(
      importInto(new Map(), exported([before], { scope: 'visit', visitId: 'v1', language: 'en' }).text),
      exported([moved], { scope: 'visit', visitId: 'v1', language: 'en' }).text,
    );
    expect(calendar.size).toBe(3);
    expect(calendar.get('i1.v1@qonaq')?.start).toBe('2026-05-13T10:30:00');
  });

  it('takes SEQUENCE from the visit’s revision or the seconds from 2020 to the export, whichever is higher', () => {
    const at = (iso: string) => new Date(iso);
    // Seconds from 2020-01-01 to the export when the revision is lower: 61 s, 10 minutes.
    expect(eventSequence({ revision: 5, updatedAt: '' }, at('2020-01-01T00:01:01.999Z'))).toBe(61);
    expect(eventSequence({ revision: 5, updatedAt: '' }, at('2020-01-01T00:10:00.000Z'))).toBe(600);
    // Changes within one second raise the revision past the clock.
    expect(eventSequence({ revision: 64, updatedAt: '' }, at('2020-01-01T00:01:01.999Z'))).toBe(64);
    // A visit saved before revisions existed counts from its last change.
    expect(eventSequence({ updatedAt: '2020-01-01T00:02:00.000Z' }, at('2020-01-01T00:01:00.000Z'))).toBe(
      120,
    );
    expect(eventSequence({ updatedAt: '2019-06-01T00:00:00.000Z' }, at('2019-06-01T00:00:00.000Z'))).toBe(0);
    expect(eventSequence({ updatedAt: '' }, at('2088-01-01T00:00:00.000Z'))).toBeLessThan(2 ** 31);
  });

  it('raises the revision by one at least on every save, even twice within a second', () => {
    const visit = ankara({ updatedAt: '2020-01-01T00:01:00.000Z' });
    const once = remembered(visit, { ...visit, updatedAt: '2020-01-01T00:01:00.100Z' });
    const twice = remembered(once, { ...once, updatedAt: '2020-01-01T00:01:00.200Z' });
    expect(once.revision).toBe(61);
    expect(twice.revision).toBe(62);
  });

  it('writes a file after a backup brought an older revision back without lowering SEQUENCE', () => {
    const old = ankara({ revision: 100 });
    // Three changes within the second the file was written in: the revision is ahead of the clock.
    const later = ankara({ revision: secondsOf('2026-05-10T08:59:00Z') + 3 });
    const request = { scope: 'visit', visitId: 'v1', language: 'en' } as const;
    const before = readIcs(exported([later], request, new Date('2026-05-10T08:59:00.500Z')).text);
    const restored = readIcs(exported([old], request).text);
    expect(before.events[0]?.sequence).toBe(secondsOf('2026-05-10T08:59:00Z') + 3);
    expect(restored.events[0]?.sequence).toBeGreaterThan(before.events[0]?.sequence ?? Infinity);
  });
});

const secondsOf = (iso: string) => (Date.parse(iso) - Date.UTC(2020, 0, 1)) / 1000;
