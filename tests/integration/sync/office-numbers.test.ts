import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from '../../support/couch-server';
import { registerOnDisk } from '../../support/store-files';
import {
  letterCores,
  letterRequest,
  setUpInstitution,
  visitWithGuest,
  type Core,
} from '../letters-service/setup';

/**
 * The letter register across the office (decision 0017, "numbers only online"): while office sharing
 * is on, laptops take their running numbers from the office's counter, so that no number is given
 * twice in the office; with the server out of reach, a letter is refused and takes no number.
 */

const cores = letterCores('qonaq-office-numbers-');
let server: CouchServer;
let database = 0;

beforeAll(async () => {
  server = await startCouchServer();
});
afterAll(async () => {
  await server.stop();
});
afterEach(async () => {
  server.online = true;
  await cores.cleanUp();
});

const numberOf = (n: number) => `BƏ-${String(n).padStart(4, '0')}/2026`;

/** A laptop with the institution set up and a visit with a guest to write letters for. */
async function laptop(): Promise<{ core: Core; ids: { visitId: string; guestId: string } }> {
  const core = await cores.open();
  await setUpInstitution(core);
  return { core, ids: await visitWithGuest(core) };
}

async function share(core: Core, url: string): Promise<void> {
  await core.ok('sharing.connect', { url, username: 'officer', password: 'x' });
  await core.ok('sharing.syncNow', {});
}

const officeUrl = () => {
  database += 1;
  return `${server.url}/numbers-${database}`;
};

describe('letter numbers while office sharing is on', () => {
  it('are never given twice across two laptops, one after another or at once', async () => {
    // Arrange
    const url = officeUrl();
    const [a, b] = [await laptop(), await laptop()];
    await share(a.core, url);
    await share(b.core, url);

    // Act
    const one = await a.core.ok('letters.issue', { request: letterRequest(a.ids) });
    const two = await b.core.ok('letters.issue', { request: letterRequest(b.ids) });
    const atOnce = await Promise.all([
      a.core.ok('letters.issue', { request: letterRequest(a.ids) }),
      b.core.ok('letters.issue', { request: letterRequest(b.ids) }),
      a.core.ok('letters.issue', { request: letterRequest(a.ids) }),
      b.core.ok('letters.issue', { request: letterRequest(b.ids) }),
    ]);
    const batch = await b.core.ok('letters.issueMany', {
      requests: [letterRequest(b.ids), letterRequest(b.ids, 'ru')],
    });

    // Assert
    expect([one.entry.number, two.entry.number]).toEqual([numberOf(1), numberOf(2)]);
    const numbers = [one, two, ...atOnce].map((l) => l.entry.number);
    for (const r of batch) if (r.ok) numbers.push(r.value.entry.number);
    expect(numbers.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map(numberOf));
    const onDisk = [
      ...(await registerOnDisk(a.core.dataDir)).entries,
      ...(await registerOnDisk(b.core.dataDir)).entries,
    ];
    expect(onDisk.map((e) => e.number).sort()).toEqual(numbers);
  });

  it('start after the numbers a laptop gave before it shared', async () => {
    // Arrange: Aysel's laptop issued three letters before the office shared
    const url = officeUrl();
    const [a, b] = [await laptop(), await laptop()];
    for (let n = 0; n < 3; n += 1) await a.core.ok('letters.issue', { request: letterRequest(a.ids) });
    await share(b.core, url);
    await share(a.core, url);

    // Act
    const next = await b.core.ok('letters.issue', { request: letterRequest(b.ids) });

    // Assert
    expect(next.entry.number).toBe(numberOf(4));
  });

  it('are not given while the office server cannot be reached: the letter is refused, the register unchanged', async () => {
    // Arrange
    const a = await laptop();
    await share(a.core, officeUrl());
    server.online = false;

    // Act
    const refused = await a.core.fails('letters.issue', { request: letterRequest(a.ids) });
    server.online = true;
    const later = await a.core.ok('letters.issue', { request: letterRequest(a.ids) });

    // Assert
    expect(refused.code).toBe('letterNeedsOffice');
    expect(later.entry.number).toBe(numberOf(1));
    expect((await registerOnDisk(a.core.dataDir)).entries.map((e) => e.number)).toEqual([numberOf(1)]);
  });

  it('are listed office-wide: each register shows the other laptop’s letters, with who issued them, and their voids', async () => {
    // Arrange: both laptops share; each officer has a name
    const url = officeUrl();
    const [a, b] = [await laptop(), await laptop()];
    await a.core.ok('settings.update', { officerName: 'Aysel Məmmədova' });
    await b.core.ok('settings.update', { officerName: 'Rauf Əliyev' });
    await share(a.core, url);
    await share(b.core, url);

    // Act: each issues a letter; Aysel then withdraws hers
    const ayselsLetter = await a.core.ok('letters.issue', { request: letterRequest(a.ids) });
    const raufsLetter = await b.core.ok('letters.issue', { request: letterRequest(b.ids) });
    await a.core.ok('letters.void', { entryId: ayselsLetter.entry.id, reason: 'Visit postponed' });
    for (const core of [a.core, b.core, a.core]) await core.ok('sharing.syncNow', {});

    // Assert: Rauf's register lists both, newest first, Aysel's as hers and withdrawn
    const listed = await b.core.ok('letters.register', {});
    expect(listed.map((e) => [e.number, e.issuedElsewhere?.by, e.voided?.reason])).toEqual([
      [numberOf(2), undefined, undefined],
      [numberOf(1), 'Aysel Məmmədova', 'Visit postponed'],
    ]);
    // And Aysel's lists Rauf's; neither laptop's own register log holds the other's letter.
    expect((await a.core.ok('letters.register', {})).map((e) => [e.number, e.issuedElsewhere?.by])).toEqual([
      [numberOf(2), 'Rauf Əliyev'],
      [numberOf(1), undefined],
    ]);
    expect((await registerOnDisk(b.core.dataDir)).entries.map((e) => e.number)).toEqual([numberOf(2)]);
    expect(raufsLetter.entry.issuedElsewhere).toBeUndefined();
    // The department's report on Rauf's laptop counts the office's letters: his, and Aysel's withdrawn one.
    const year = raufsLetter.entry.date.slice(0, 4);
    const report = await b.core.ok('reports.figures', {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      language: 'en',
    });
    expect(report.current.letters).toMatchObject({ total: 1, voided: 1 });

    // Act: Rauf turns sharing off
    await b.core.ok('sharing.disconnect', {});

    // Assert: his register is his own again
    expect((await b.core.ok('letters.register', {})).map((e) => e.number)).toEqual([numberOf(2)]);
  });
});
