import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from '../../../src/shared/languages';
import { documentText } from '../../unit/letters/docx-xml';
import { sampleInstitution } from '../../unit/letters/fixtures';
import { docx, letterCores, letterRequest, visitWithGuest, type Core } from './setup';

const cores = letterCores('qonaq-contact-name-');
afterEach(() => cores.cleanUp());

/** An Azerbaijani institution whose verification contact's name is typed once, in Latin letters. */
async function contactTypedInLatin(core: Core): Promise<void> {
  const institution = sampleInstitution();
  await core.ok('institution.update', {
    institution: {
      ...institution,
      verificationContact: { ...institution.verificationContact, name: 'Nigar Əliyeva', translations: {} },
    },
  });
}

async function contactAskedFor(core: Core, ids: { visitId: string; guestId: string }, language: Language) {
  const check = await core.ok('letters.check', { ...ids, kind: 'visaInvitation', language });
  return check.missingTexts.filter((m) => m.owner === 'contact');
}

describe('the verification contact’s name in a letter', () => {
  it('prints as typed in Azerbaijani and English letters, without asking for it', async () => {
    const core = await cores.open();
    await contactTypedInLatin(core);
    const ids = await visitWithGuest(core);

    for (const language of ['az', 'en'] as const) {
      expect(await contactAskedFor(core, ids, language)).toEqual([]);
      const letter = await core.ok('letters.issue', { request: letterRequest(ids, language) });
      expect(documentText(docx(letter.base64))).toContain('Nigar Əliyeva');
    }
  });

  it('is asked for in Cyrillic letters for a Russian letter, and the letter is refused until it is given', async () => {
    const core = await cores.open();
    await contactTypedInLatin(core);
    const ids = await visitWithGuest(core);

    const asked = await contactAskedFor(core, ids, 'ru');
    const refused = await core.fails('letters.issue', { request: letterRequest(ids, 'ru') });
    await core.ok('texts.translate', {
      texts: [{ owner: 'contact', id: 'institution', field: 'name', language: 'ru', value: 'Нигяр Алиева' }],
    });
    const letter = await core.ok('letters.issue', { request: letterRequest(ids, 'ru') });

    expect(asked).toEqual([
      {
        owner: 'contact',
        id: 'institution',
        field: 'name',
        language: 'ru',
        original: 'Nigar Əliyeva',
        from: 'az',
      },
    ]);
    expect(refused.fields?.map((f) => f.path)).toEqual(['texts.contact.name']);
    const text = documentText(docx(letter.base64));
    expect(text).toContain('Нигяр Алиева');
    expect(text).not.toContain('Nigar Əliyeva');
  });
});
