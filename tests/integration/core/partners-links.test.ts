import { afterEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VisitInput } from '../../../src/shared/domain';
import { visitInput } from '../../support/builders';
import { letterCores, type Core } from '../letters-service/setup';

/** The migration of visits' free-text partner names to partners, confirmed by the user, and its undo. */
const cores = letterCores('qonaq-partner-links-');
afterEach(() => cores.cleanUp());

async function visitsNamed(core: Core, names: [string, VisitInput['partnerCountry']][]): Promise<string[]> {
  const ids: string[] = [];
  for (const [partnerName, partnerCountry] of names) {
    const { visit } = await core.ok('visits.create', { visit: visitInput({ partnerName, partnerCountry }) });
    ids.push(visit.id);
  }
  return ids;
}

const partnerIdsOf = async (core: Core, id: string) => (await core.ok('visits.get', { id })).visit.partnerIds;

describe('linking visits to partners', () => {
  it('proposes without saving anything, applies the user’s choice, and undoes it', async () => {
    const core = await cores.open();
    const ids = await visitsNamed(core, [
      ['Ankara Üniversitesi', 'TR'],
      ['Ankara University', 'TR'],
      ['Анкарский университет', 'TR'],
      ['Ankara Hacı Bayram Veli Üniversitesi', 'TR'],
    ]);
    const [a, b, c, d] = ids;

    const proposals = await core.ok('partners.proposeLinks', {});
    expect(proposals.map((p) => [...p.visitIds].sort())).toEqual([[a, b, c].sort(), [d]]);
    expect(await core.ok('partners.list', {})).toEqual([]);
    await expect(readFile(join(core.dataDir, 'partners.json'))).rejects.toThrow();

    const [ankara] = proposals;
    if (!ankara || !a || !b || !c || !d) throw new Error('no proposal');
    // The user leaves out one visit of the proposal.
    const applied = await core.ok('partners.applyLinks', {
      choices: [{ visitIds: [a, b], partner: ankara.suggested }],
    });

    expect(applied).toMatchObject({ created: 1, linked: 2 });
    const [partner] = await core.ok('partners.list', {});
    // Each spelling is used once: the tie goes to the first by name (U before Ü).
    expect(partner).toMatchObject({ officialName: 'Ankara University', country: 'TR', visitCount: 2 });
    expect(partner?.names).toEqual({ az: '', en: 'Ankara University', ru: 'Анкарский университет' });
    expect(await partnerIdsOf(core, a)).toEqual([partner?.id]);
    expect(await partnerIdsOf(core, c)).toEqual([]);
    // The visit left out is proposed again, now for the partner in the directory.
    expect((await core.ok('partners.proposeLinks', {})).find((p) => p.visitIds.includes(c))?.partnerId).toBe(
      partner?.id,
    );

    expect(await core.ok('partners.undoLinks', { undo: applied.undo })).toEqual({ restored: 2 });
    expect(await partnerIdsOf(core, a)).toEqual([]);
    expect(await partnerIdsOf(core, b)).toEqual([]);
    expect(await core.ok('partners.list', {})).toEqual([]);
  });

  it('links to a partner already in the directory and keeps, on undo, a partner something else links to now', async () => {
    const core = await cores.open();
    const existing = await core.ok('partners.save', {
      partner: { officialName: 'Baku State University', country: 'AZ' },
    });
    const [v1, v2, v3] = await visitsNamed(core, [
      ['Bakı Dövlət Universiteti', 'AZ'],
      ['Ankara University', 'TR'],
      ['Ankara University', 'TR'],
    ]);
    if (!v1 || !v2 || !v3) throw new Error('no visits');

    const applied = await core.ok('partners.applyLinks', {
      choices: [
        { visitIds: [v1], partnerId: existing.id },
        { visitIds: [v2], partner: { officialName: 'Ankara Üniversitesi', country: 'TR' } },
      ],
    });
    const created = applied.undo.createdPartnerIds[0] ?? '';
    // Meanwhile another visit is linked to the new partner by hand.
    await core.ok('partners.applyLinks', { choices: [{ visitIds: [v3], partnerId: created }] });

    await core.ok('partners.undoLinks', { undo: applied.undo });

    expect(await partnerIdsOf(core, v1)).toEqual([]);
    expect(await partnerIdsOf(core, v2)).toEqual([]);
    expect(await partnerIdsOf(core, v3)).toEqual([created]);
    expect((await core.ok('partners.list', {})).map((p) => p.officialName)).toEqual([
      'Ankara Üniversitesi',
      'Baku State University',
    ]);
  });

  it('refuses, before changing anything, a choice naming no partner, an unknown one, a duplicate or an unknown visit', async () => {
    const core = await cores.open();
    const existing = await core.ok('partners.save', {
      partner: { officialName: 'Ankara Üniversitesi', country: 'TR' },
    });
    const [v1] = await visitsNamed(core, [['Ankara University', 'TR']]);
    if (!v1) throw new Error('no visit');

    const refused = await core.fails('partners.applyLinks', {
      choices: [
        { visitIds: [v1] },
        { visitIds: [v1], partnerId: 'nosuchpartner' },
        { visitIds: [v1], partner: { officialName: 'ankara universitesi', country: 'TR' } },
        { visitIds: ['nosuchvisit'], partnerId: existing.id },
      ],
    });

    expect(refused).toEqual({
      code: 'validation',
      fields: [
        { path: 'choices.0.partnerId', code: 'required' },
        { path: 'choices.1.partnerId', code: 'invalid' },
        { path: 'choices.2.partner.officialName', code: 'duplicate' },
        { path: 'choices.3.visitIds.0', code: 'invalid' },
      ],
    });
    expect(await partnerIdsOf(core, v1)).toEqual([]);
    expect(await core.ok('partners.list', {})).toHaveLength(1);
  });
});
