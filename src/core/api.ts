import { accountName } from './signer';
import { METHOD_NAMES, type Handlers, type MethodName } from '../shared/contract';
import { todayInBaku } from '../shared/dates';
import { AppError } from '../shared/errors';
import { inspectTemplateBase64 } from '../shared/letterhead-template';
import { exportArchive, importArchive } from './archive';
import { takeOpenedArchive, type OpenedFiles } from './opened-file';
import { decodeFiles, saveFiles } from './files';
import { verifyTemplate } from './letters/template-zip';
import { LetterService } from './letters-service';
import { translateTexts } from './texts';
import { deleteHotel, listHotels, saveHotel } from './hotels';
import { findEntries } from './register';
import { registerCsv } from './register-csv';
import { setTemplate, updateInstitution } from './institution';
import { sampleDelegation } from './sample';
import type { Store } from './store/store';
import { snapshotSpace } from './store/snapshots';
import { VisitService } from './visits';
import { GuestImportService } from './guest-import/service';
import { calendarRange, daySchedule } from './planning/calendar';
import { planningSuggestions } from './planning/suggestions';
import { safeFileName } from '../shared/file-names';
import type { Language } from '../shared/languages';
import type { VisitProgramme } from '../shared/print';
import { dayDocx } from './print/day-docx';
import { programmeDocx } from './print/programme-docx';
import { visitProgramme } from './print/programme';
import { ItineraryService } from './itinerary/service';
import { runSheet } from './itinerary/run-sheet';
import { runSheetDocx } from './itinerary/run-sheet-docx';
import { briefingCard } from './itinerary/briefing';
import { briefingDocx } from './itinerary/briefing-docx';
import type { Visit } from '../shared/domain';
import { calendarCheck, calendarFile } from './calendar/ics';
import { partnerHandlers } from './partners/handlers';
import { reportHandlers } from './reports/handlers';
import { visitReportHandlers } from './visit-report/handlers';
import { createSharing, sharingHandlers } from './sync/handlers';
import type { SecretStore } from './sync/sharing';

/**
 * What the program hosting the core can do for it. The desktop shell asks the user for a folder
 * with a native dialog; the browser host cannot reach the user's disk, so its page downloads files.
 */
export type Host =
  | { kind: 'browser' }
  | {
      kind: 'desktop';
      chooseFolder: () => Promise<string | null>;
      /** Prints the page on screen (a print view, which lays itself out for A4) to PDF. */
      printToPdf?: (options: { landscape: boolean }) => Promise<Uint8Array>;
    };

export interface CoreOptions {
  version: string;
  host: Host;
  now?: () => Date;
  /** Archives the system asked the host to open (a double-click on a .qonaq file), for `app.openedFile`. */
  openedFiles?: OpenedFiles;
  /** Where the office sharing credentials are kept (the desktop encrypts them); by default, memory. */
  secrets?: SecretStore;
  /** Between two exchanges with the office server (`SYNC_EVERY_MS` by default). */
  syncEveryMs?: number;
}

function programmeOf(store: Store, visitId: string, language: Language): VisitProgramme {
  const visit = store.getVisit(visitId);
  if (!visit) throw new AppError('notFound');
  return visitProgramme(visit, store.sharedDoc.hotels, store.sharedDoc.institution, language);
}

function visitOf(store: Store, visitId: string): Visit {
  const visit = store.getVisit(visitId);
  if (!visit) throw new AppError('notFound');
  return visit;
}

/**
 * The methods that need no visit document: they answer while the store still reads the visits after
 * starting (`Store.ready`). Every other method waits for that first.
 */
const WITHOUT_VISITS = new Set<MethodName>([
  'app.status',
  'app.openedFile',
  'settings.update',
  'visits.list',
  'institution.get',
  'letters.register',
  'letters.registerCsv',
  'letters.file',
  'letters.void',
  'letters.unvoid',
  'hotels.list',
  'backups.list',
  'backups.space',
  'sharing.status',
]);

/** Makes every method that needs the visits wait until the store has read them. */
function waitingForVisits(store: Store, handlers: Handlers): Handlers {
  const waiting: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = {};
  for (const name of METHOD_NAMES) {
    const handler = handlers[name] as (input: never) => Promise<unknown>;
    waiting[name] = WITHOUT_VISITS.has(name)
      ? handler
      : async (input: never) => {
          if (!store.isReady) await store.ready();
          return handler(input);
        };
  }
  return waiting as Handlers;
}

/** One function per contract method. Inputs arrive parsed (see `dispatch`). */
export function createHandlers(store: Store, options: CoreOptions): Handlers {
  const now = options.now ?? (() => new Date());
  const { host } = options;
  const visits = new VisitService(store, now);
  const letters = new LetterService(store, now);
  // While office sharing is on, letters take their numbers from the office's counter.
  const sharing = createSharing(store, { ...options, now });
  letters.office = sharing;
  const guestImport = new GuestImportService(store, now);
  const itineraries = new ItineraryService(store);
  const handlers: Handlers = {
    'app.status': async () => ({
      version: options.version,
      host: host.kind,
      dataDir: store.dataDir,
      notices: [...store.notices],
      loading: store.isLoading,
      readOnly: store.readOnly,
      settings: store.settings,
      account: accountName(),
    }),
    'app.openedFile': async () => ({ archive: await takeOpenedArchive(options.openedFiles) }),
    'settings.update': (input) => store.updateSettings(input),
    'visits.list': async (query) => visits.list(query),
    'visits.get': async ({ id }) => visits.get(id),
    'visits.history': ({ id }) => visits.history(id),
    'visits.conflicts': async ({ id }) => visits.conflicts(id),
    'visits.create': ({ visit }) => visits.create(visit),
    'visits.update': ({ id, visit, opened }) => visits.update(id, visit, opened),
    'visits.delete': ({ id }) => visits.delete(id),
    'visits.restore': ({ id }) => visits.restore(id),
    'visits.loadSample': ({ language }) => {
      const sample = sampleDelegation(language, todayInBaku(now()));
      return visits.create(sample.visit, sample.guests, sample.programme);
    },
    'guests.add': ({ visitId, guest, index }) => visits.addGuest(visitId, guest, index),
    'guests.update': ({ visitId, guestId, guest, opened }) =>
      visits.updateGuest(visitId, guestId, guest, opened),
    'guests.remove': ({ visitId, guestId }) => visits.removeGuest(visitId, guestId),
    'guests.reorder': ({ visitId, guestIds }) => visits.reorderGuests(visitId, guestIds),
    'guestImport.read': ({ visitId, fileName, base64 }) => guestImport.read(visitId, fileName, base64),
    'guestImport.preview': async ({ visitId, sheet, mapping, dateOrder, countries }) =>
      guestImport.preview(visitId, sheet, mapping, dateOrder, countries),
    'guestImport.commit': ({ visitId, rows, remember }) => guestImport.commit(visitId, rows, remember),
    'guestImport.undo': ({ visitId, undo }) => guestImport.undo(visitId, undo),
    'backups.list': () => store.listSnapshots(),
    'backups.space': () => snapshotSpace(store.dataDir),
    'backups.create': () => store.snapshot('manual'),
    'backups.restore': ({ id }) => store.restoreSnapshot(id),
    'backups.exportArchive': () => exportArchive(store, now(), options.version),
    'backups.importArchive': ({ base64 }) => importArchive(store, base64),
    'institution.get': async () => ({ institution: store.sharedDoc.institution }),
    'institution.update': ({ institution, opened }) => updateInstitution(store, institution, opened, now),
    'letters.check': async (input) => letters.check(input),
    'texts.translate': (input) => translateTexts(store, input, now),
    'letters.preview': ({ request }) => letters.preview(request),
    'letters.issue': ({ request, reissueOf }) => letters.issue(request, reissueOf),
    'letters.issueMany': ({ requests }) => letters.issueMany(requests),
    'letters.file': (input) => letters.file(input),
    'letters.void': ({ entryId, reason }) => letters.setVoided(entryId, reason),
    'letters.unvoid': ({ entryId }) => letters.setVoided(entryId, null),
    'letters.defaults': async (input) => letters.defaults(input),
    'letters.register': async (query) => findEntries(await sharing.officeRegister(), query),
    'letters.registerCsv': async ({ separator, ...query }) =>
      registerCsv(
        findEntries(await sharing.officeRegister(), query),
        store.settings.uiLanguage,
        todayInBaku(now()),
        separator,
      ),
    'files.save': async ({ files }) => {
      if (host.kind !== 'desktop') throw new AppError('unsupported');
      // Checked before the dialog opens: the user is not asked for a folder for files that cannot be written.
      const decoded = decodeFiles(files);
      const folder = await host.chooseFolder();
      if (folder === null) return { cancelled: true };
      return saveFiles(folder, decoded);
    },
    'hotels.list': async () => listHotels(store),
    'hotels.save': ({ id, hotel, opened }) => saveHotel(store, hotel, id, opened, now),
    'hotels.delete': ({ id }) => deleteHotel(store, id),
    'stays.save': ({ visitId, stay, opened }) => visits.saveStay(visitId, stay, opened),
    'stays.remove': ({ visitId, stayId }) => visits.removeStay(visitId, stayId),
    'institution.setTemplate': async ({ fileName, base64 }) => {
      const reason = inspectTemplateBase64(base64) ?? verifyTemplate(Buffer.from(base64, 'base64'));
      if (reason) throw new AppError('templateInvalid', { reason });
      return setTemplate(store, { fileName, data: base64 }, now);
    },
    'institution.clearTemplate': () => setTemplate(store, undefined, now),
    'travel.save': ({ visitId, direction, guestIds, leg }) =>
      visits.saveTravel(visitId, direction, guestIds, leg),
    'programme.save': ({ visitId, item, opened }) => visits.saveItem(visitId, item, opened),
    'programme.remove': ({ visitId, itemId }) => visits.removeItem(visitId, itemId),
    'roomBlocks.save': ({ visitId, hotelId, rooms }) => visits.saveRoomBlock(visitId, hotelId, rooms),
    'calendar.range': async ({ language, ...query }) =>
      calendarRange(store.listVisits(), store.sharedDoc.hotels, query, language ?? store.settings.uiLanguage),
    'planning.day': async ({ date, language }) =>
      daySchedule(store.listVisits(), store.sharedDoc.hotels, date, language ?? store.settings.uiLanguage),
    'planning.suggestions': async () => planningSuggestions(store.listVisits()),
    'print.programme': async ({ visitId, language }) => programmeOf(store, visitId, language),
    'print.dayDocx': ({ date, language, landscape }) =>
      dayDocx(
        daySchedule(store.listVisits(), store.sharedDoc.hotels, date, language),
        store.sharedDoc.institution,
        landscape,
      ),
    'print.programmeDocx': ({ visitId, language, landscape }) =>
      programmeDocx(programmeOf(store, visitId, language), store.sharedDoc.institution, landscape),
    'calendar.icsCheck': async (request) => calendarCheck(store.listVisits(), request),
    'calendar.ics': async (request) => calendarFile(store.listVisits(), request, now()),
    'itinerary.get': async ({ visitId, guestId, language }) => itineraries.get(visitId, guestId, language),
    'itinerary.docx': ({ visitId, guestId, language }) => itineraries.docx(visitId, guestId, language),
    'itinerary.bulk': ({ visitId, guestIds }) => itineraries.many(visitId, guestIds),
    'runSheet.get': async ({ date, language }) =>
      runSheet(store.listVisits(), store.sharedDoc.hotels, date, language ?? store.settings.uiLanguage),
    'runSheet.docx': ({ date, language, landscape }) =>
      runSheetDocx(
        runSheet(store.listVisits(), store.sharedDoc.hotels, date, language),
        store.sharedDoc.institution,
        landscape,
      ),
    'briefing.get': async ({ visitId, itemId, language }) =>
      briefingCard(visitOf(store, visitId), itemId, language ?? store.settings.uiLanguage),
    'briefing.docx': ({ visitId, itemId, language }) =>
      briefingDocx(briefingCard(visitOf(store, visitId), itemId, language), store.sharedDoc.institution),
    'print.savePdf': async ({ fileName, landscape }) => {
      if (host.kind !== 'desktop' || !host.printToPdf) throw new AppError('unsupported');
      const pdf = await host.printToPdf({ landscape });
      const folder = await host.chooseFolder();
      if (folder === null) return { cancelled: true };
      const name = safeFileName(fileName.toLowerCase().endsWith('.pdf') ? fileName : `${fileName}.pdf`);
      return saveFiles(folder, [{ name, bytes: Buffer.from(pdf) }]);
    },
    ...partnerHandlers(store, now),
    ...reportHandlers(store, now, () => sharing.officeRegister()),
    ...visitReportHandlers(store, now),
    ...sharingHandlers(store, sharing, (id) => visits.get(id), now),
  };
  return waitingForVisits(store, handlers);
}
