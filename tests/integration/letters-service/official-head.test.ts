import { afterEach, describe, expect, it } from 'vitest';
import { letterCores, letterRequest, setUpInstitution, visitWithGuest } from './setup';

const cores = letterCores('qonaq-official-head-');
afterEach(() => cores.cleanUp());

describe('an official invitation', () => {
  it('is refused for a member of the delegation, says why, and takes no number; the head gets it', async () => {
    const core = await cores.open();
    await setUpInstitution(core);
    const head = await visitWithGuest(core);
    const member = await visitWithGuest(core, { role: 'member', surname: 'Şahin', givenNames: 'Emre' });

    const refused = await core.fails('letters.issue', {
      request: letterRequest(member, 'en', 'officialInvitation'),
    });
    const issued = await core.ok('letters.issue', {
      request: letterRequest(head, 'en', 'officialInvitation'),
    });

    expect(refused).toEqual({ code: 'validation', fields: [{ path: 'guest.role', code: 'headOnly' }] });
    expect(issued.entry.number).toBe('BƏ-0001/2026');
  });
});
