import { describe, expect, it } from 'vitest';
import { buildOfficialInvitation, buildVisaInvitation } from '../../../src/core/letters';
import { LANGUAGE_TAGS, LANGUAGES, type Language } from '../../../src/shared/languages';
import { documentText, part, unzip } from './docx-xml';
import { sampleGuest, sampleInstitution, sampleOfficial, sampleVisa } from './fixtures';
import { emptyLeg } from '../../../src/shared/domain';

/** What each language must print for the sample guest, word for word. */
const EXPECTED: Record<Language, string[]> = {
  az: [
    'Xəzər Dövlət Universiteti',
    'Akademik Zahid Xəlilov küçəsi 33, Bakı AZ1148, Azərbaycan',
    '№ BƏ-0042/2026\tBakı, 15\u00a0oktyabr\u00a02026\u2011cı\u00a0il',
    'Aidiyyəti üzrə',
    'VİZA DƏSTƏYİ MƏKTUBU',
    'Soyadı və adı (pasportda olduğu kimi) | Demirci Ayşe Gül |',
    'Adı və soyadı (Azərbaycan dilində) | Ayşə Gül Dəmirçi |',
    'Doğum tarixi | 14.03.1975 |',
    'Cinsi | Qadın |',
    'Vətəndaşlığı | Türkiyə |',
    'Pasportun nömrəsi | U12345678 |',
    'Pasportu verən ölkə | Türkiyə |',
    'Pasportun verilmə tarixi | 15.01.2020 |',
    'Pasportun bitmə tarixi | 14.01.2030 |',
    'Vəzifəsi | Vice-Rector for Research |',
    'İş yeri (təşkilat) | Ankara University |',
    'Səfərin tarixləri | 24–28\u00a0noyabr\u00a02026\u2011cı\u00a0il |',
    'Səfər ediləcək şəhərlər | Bakı və Gəncə |',
    'Xəzər Dövlət Universiteti qonağın yaşayış, qidalanma və yerli nəqliyyat xərclərini öz üzərinə götürür.',
    'Qonağın beynəlxalq yol xərclərini Ankara Universiteti ödəyir.',
    'Qonaq tibbi sığorta xərclərini özü ödəyir.',
    'Günay Quliyeva, tel. +994\u00a012\u00a0555\u00a001\u00a003, e-poçt visa@csu.edu.az.',
    'Beynəlxalq əlaqələr üzrə prorektor',
    'Elçin Əliyev',
  ],
  en: [
    'Caspian State University',
    'Ref. No. BƏ-0042/2026\tBaku, 15\u00a0October\u00a02026',
    'To whom it may concern',
    'VISA SUPPORT LETTER',
    'Full name (as in passport) | Demirci Ayşe Gül |',
    'Date of birth | 14.03.1975 |',
    'Sex | Female |',
    'Citizenship | Türkiye |',
    'Passport number | U12345678 |',
    'Issuing country | Türkiye |',
    'Date of issue | 15.01.2020 |',
    'Date of expiry | 14.01.2030 |',
    'Position | Vice-Rector for Research |',
    'Organisation | Ankara University |',
    'Purpose of the visit | talks on joint master’s programmes and signing of a memorandum of understanding |',
    'Dates of stay | 24–28\u00a0November\u00a02026 |',
    'Cities to be visited | Baku and Ganja |',
    'Accommodation | Hotel Qafqaz, 12 Neftchilar Avenue, Baku |',
    'Caspian State University will cover the guest’s costs of accommodation, meals and local transport.',
    'The guest’s costs of international travel will be covered by Ankara University.',
    'The guest will cover the costs of medical insurance personally.',
    'Yours faithfully,',
    'Vice-Rector for International Relations',
    'Elchin Aliyev',
  ],
  ru: [
    'Каспийский государственный университет',
    'Исх. № BƏ-0042/2026\tБаку, 15\u00a0октября\u00a02026\u00a0г.',
    'По месту требования',
    'ПИСЬМО ВИЗОВОЙ ПОДДЕРЖКИ',
    'Фамилия и имя (как в паспорте) | Demirci Ayşe Gül |',
    'Фамилия и имя (кириллицей) | Айше Гюль Демирджи |',
    'Пол | Женский |',
    'Гражданство | Турция |',
    'Страна выдачи паспорта | Турция |',
    'Паспорт действителен до | 14.01.2030 |',
    'Сроки пребывания | 24–28\u00a0ноября\u00a02026\u00a0г. |',
    'Города посещения | Баку и Гянджа |',
    'Каспийский государственный университет берёт на себя расходы гостя на проживание, питание и транспорт по стране.',
    'Расходы гостя на международный проезд оплачивает Анкарский университет.',
    'Эльчин Алиев',
  ],
};

describe.each(LANGUAGES)('visa invitation in %s', (language) => {
  it('prints every field in its place', async () => {
    const text = documentText(await buildVisaInvitation(sampleVisa(language)));
    for (const expected of EXPECTED[language]) expect(text).toContain(expected);
  });

  it('sets A4, Times New Roman in every font slot and the document language on every run', async () => {
    const docx = await buildVisaInvitation(sampleVisa(language));
    const xml = part(docx, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    const runs = xml.match(/<w:r>.*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((r) => r.includes('<w:t'));
    expect(textRuns.length).toBeGreaterThan(40);
    for (const run of textRuns) {
      expect(run).toContain(
        '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
      );
      expect(run).toContain(`<w:lang w:val="${LANGUAGE_TAGS[language]}"/>`);
    }
    const styles = part(docx, 'word/styles.xml');
    const defaults = /<w:rPrDefault>.*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain(`<w:lang w:val="${LANGUAGE_TAGS[language]}"/>`);
  });
});

describe('visa invitation', () => {
  it("keeps the initials in an organisation's name together, and the passport name as typed", async () => {
    const data = sampleVisa('ru');
    const guest = { ...data.guest, organisation: 'МГУ имени М. В. Ломоносова' };
    const text = documentText(await buildVisaInvitation({ ...data, guest }));
    expect(text).toContain('МГУ имени М.\u00a0В.\u00a0Ломоносова');
    expect(text).toContain('Demirci Ayşe Gül');
  });

  it('prints the embassy as typed, line by line', async () => {
    const addressee = {
      kind: 'embassy' as const,
      text: 'Embassy of the Republic of Azerbaijan\nin the Republic of Türkiye',
    };
    const text = documentText(await buildVisaInvitation(sampleVisa('en', { addressee })));
    expect(text).toContain('Embassy of the Republic of Azerbaijan\nin the Republic of Türkiye\n');
    expect(text).not.toContain('To whom it may concern');
  });

  it('carries the logo as an image when there is one, and none when there is not', async () => {
    const withLogo = unzip(await buildVisaInvitation(sampleVisa('az')));
    expect([...withLogo.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
    const institution = sampleInstitution(false);
    const without = unzip(await buildVisaInvitation(sampleVisa('az', { institution })));
    expect([...without.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it('uses the guest’s own flights for the dates of stay, the visit’s when there are none', async () => {
    const guest = sampleGuest({ arrival: { ...emptyLeg, date: '2026-11-25' } });
    const text = documentText(await buildVisaInvitation(sampleVisa('en', { guest })));
    expect(text).toContain('25–28\u00a0November\u00a02026');
  });

  it('names the sending organisation when the visit has no partner, and leaves out empty cost groups', async () => {
    const input = sampleVisa('en', { costs: [{ item: 'internationalTravel', payer: 'partner' }] });
    const text = documentText(
      await buildVisaInvitation({ ...input, visit: { ...input.visit, partnerName: '' } }),
    );
    expect(text).toContain(
      'The guest’s costs of international travel will be covered by the sending organisation.',
    );
    expect(text).not.toContain('Partner organisation');
    expect(text).not.toContain('will cover the guest’s costs');
  });
});

describe.each(LANGUAGES)('official invitation in %s', (language) => {
  const expected: Record<Language, string[]> = {
    az: [
      'Ankara University\nVice-Rector for Research\nprofessor A.\u00a0G.\u00a0Dəmirçiyə\n',
      'Hörmətli professor Dəmirçi!',
      'Xəzər Dövlət Universiteti Sizi və rəhbərlik etdiyiniz Ankara Universitetinin nümayəndə heyətini «Ankara Universitetinin nümayəndə heyətinin səfəri» proqramı çərçivəsində 24–28\u00a0noyabr\u00a02026\u2011cı\u00a0il tarixlərində Bakı şəhərinə, universitetimizə səfərə dəvət edir.',
      '•\tRektorla görüş',
      '•\tİçərişəhərə ekskursiya',
      '№ BƏ-0043/2026\t',
      '15\u00a0oktyabr\u00a02026\u2011cı\u00a0il',
    ],
    en: [
      'Professor Ayşe Gül Demirci\nVice-Rector for Research\nAnkara University\n',
      'Dear Professor Demirci,',
      'Caspian State University has the honour to invite you and the delegation of Ankara University under your leadership to visit our university in Baku from\u00a024 to\u00a028\u00a0November\u00a02026 as part of the programme “Ankara University delegation visit”.',
      'The programme of the visit includes:',
      '•\tSigning of the memorandum of understanding',
      'We look forward to welcoming you.',
      'Yours sincerely,',
    ],
    ru: [
      'Vice-Rector for Research\nAnkara University\nпрофессору А.\u00a0Г.\u00a0Демирджи\n',
      'Уважаемая госпожа Демирджи!',
      'Каспийский государственный университет имеет честь пригласить Вас и возглавляемую Вами делегацию Анкарского университета посетить наш университет в г.\u00a0Баку с\u00a024 по\u00a028\u00a0ноября\u00a02026\u00a0года в рамках программы «Визит делегации Анкарского университета».',
      '•\tЭкскурсия по Ичеришехеру',
      'Расходы на медицинское страхование члены делегации оплачивают самостоятельно.',
      'С уважением,',
    ],
  };

  it('greets the head of delegation and names the delegation, dates and programme', async () => {
    const text = documentText(await buildOfficialInvitation(sampleOfficial(language)));
    for (const line of expected[language]) expect(text).toContain(line);
  });

  it('leaves out the programme list when there are no highlights', async () => {
    const text = documentText(
      await buildOfficialInvitation(sampleOfficial(language, { highlights: [' ', ''] })),
    );
    expect(text).not.toContain('•');
  });
});
