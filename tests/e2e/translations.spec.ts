import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { Visit } from '../../src/shared/domain';
import { callApi } from './arrange';
import { AccommodationSection, HotelsDirectory } from './pages/accommodation-section';
import { AZ, createVisit, guestsOnDisk, GuestsPanel } from './pages/guests-panel';
import { ProgrammeSection } from './pages/programme-section';
import { TranslationFieldsPanel } from './pages/translation-fields';
import { VisitsPage } from './pages/visits-page';

const PURPOSE = {
  az: { label: 'Səfərin məqsədi', title: 'Səfərin adı' },
  ru: { label: 'Цель визита', title: 'Название визита' },
};

async function visitOnDisk(dataDir: string, visitId: string): Promise<Visit> {
  const text = await readFile(join(dataDir, 'visits', `${visitId}.json`), 'utf8');
  return (JSON.parse(text) as { visit: Visit }).visit;
}

test("a visit's purpose written in Azerbaijani gets its Russian translation, which survives an edit of the title", async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createVisit(host);
  const visits = new VisitsPage(page);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);

  // Act: the purpose in Azerbaijani, its Russian translation beside it
  await visits.button(visits.ui.edit).click();
  await visits.field(PURPOSE.az.label).first().fill('Tələbə mübadiləsi üzrə danışıqlar');
  const texts = new TranslationFieldsPanel(visits.dialog, 'az');
  await expect(texts.writtenIn('az')).toBeChecked();
  await texts.open();
  await expect(texts.badge('ru')).toHaveAttribute('data-complete', 'false');
  await texts.field(PURPOSE.az.label, 'ru').fill('Переговоры о студенческом обмене');
  await page.screenshot({ path: '/tmp/translations-visit-form-az.png' });
  await visits.submit(visits.ui.save);
  await expect(visits.dialog).toBeHidden();

  // Assert: reopened, the translation is there
  await visits.button(visits.ui.edit).click();
  const again = new TranslationFieldsPanel(visits.dialog, 'az');
  await again.open();
  await expect(again.field(PURPOSE.az.label, 'ru')).toHaveValue('Переговоры о студенческом обмене');

  // Act: only the title changes
  await visits.field(PURPOSE.az.title).first().fill('Ankara Universiteti ilə tələbə mübadiləsi');
  await visits.submit(visits.ui.save);
  await expect(visits.dialog).toBeHidden();

  // Assert: nothing given in Russian was lost, on screen or on disk
  const stored = await visitOnDisk(host.dataDir, visitId);
  expect(stored.title).toBe('Ankara Universiteti ilə tələbə mübadiləsi');
  expect(stored.lang).toBe('az');
  expect(stored.translations?.ru?.purpose).toBe('Переговоры о студенческом обмене');

  await visits.switchLanguage('ru');
  await visits.button(visits.ui.edit).click();
  const inRussian = new TranslationFieldsPanel(visits.dialog, 'ru');
  await inRussian.open();
  await expect(inRussian.field(PURPOSE.ru.label, 'ru')).toHaveValue('Переговоры о студенческом обмене');
  await page.screenshot({ path: '/tmp/translations-visit-form-ru.png' });
});

test("a hotel's name and city are given in Russian in the hotels directory", async ({ page, host }) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  const hotel = await callApi(host, 'hotels.save', {
    hotel: { name: 'Qafqaz Otel', address: 'Nizami küçəsi 10', city: 'Bakı' },
  });
  const acc = new AccommodationSection(page);
  await acc.open(host, visitId);
  const directory = new HotelsDirectory(page);
  await directory.open(acc);

  // Act
  await directory.row('Qafqaz Otel').getByRole('button', { name: 'Edit Qafqaz Otel' }).click();
  const form = directory.dialog.getByTestId('edit-hotel');
  const texts = new TranslationFieldsPanel(form, 'en');
  await expect(texts.writtenIn('az')).toBeChecked();
  await texts.open();
  await texts.field('Name', 'ru').fill('Отель «Кавказ»');
  await texts.field('City', 'ru').fill('Баку');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Assert: stored, and shown when the hotel is opened again
  const [saved] = await callApi(host, 'hotels.list', {});
  expect(saved?.id).toBe(hotel.id);
  expect(saved?.translations?.ru?.name).toBe('Отель «Кавказ»');
  expect(saved?.translations?.ru?.city).toBe('Баку');
  expect(saved?.name).toBe('Qafqaz Otel');
  await directory.row('Qafqaz Otel').getByRole('button', { name: 'Edit Qafqaz Otel' }).click();
  const reopened = new TranslationFieldsPanel(directory.dialog.getByTestId('edit-hotel'), 'en');
  await reopened.open();
  await expect(reopened.field('Name', 'ru')).toHaveValue('Отель «Кавказ»');
  await expect(reopened.field('City', 'ru')).toHaveValue('Баку');
  await expect(reopened.badge('ru')).toHaveAttribute('data-complete', 'false');
});

test('"upper case as in passport" on a Turkish passport writes İ, and the Cyrillic name is offered from it', async ({
  page,
  host,
}) => {
  // Arrange
  const visitId = await createVisit(host);
  const panel = new GuestsPanel(page);
  await panel.open(host, visitId);
  await panel.startAdding();
  await panel.textbox(AZ.surname).fill('Şahinoğlu');
  await panel.textbox(AZ.givenNames).fill('İsmail Hakkı');
  await panel.tab(AZ.tabs.passport).click();
  await panel.chooseCountry('Pasportu verən ölkə', 'Türk', 'Türkiyə');
  await panel.tab(AZ.tabs.identity).click();

  // Act
  await panel.form.getByRole('button', { name: 'Pasportdakı kimi böyük hərflərlə' }).click();

  // Assert: the Turkish rules, not the locale-independent ones
  await expect(panel.textbox(AZ.surname)).toHaveValue('ŞAHİNOĞLU');
  await expect(panel.textbox(AZ.givenNames)).toHaveValue('İSMAİL HAKKI');

  // Act: the Cyrillic spelling, offered from the passport name and taken
  await panel.form.getByRole('button', { name: 'Pasportdakı addan: Исмаил Хаккы Шахиноглу' }).click();
  await expect(panel.textbox('Adın kiril əlifbası ilə yazılışı')).toHaveValue('Исмаил Хаккы Шахиноглу');
  await panel.textbox('Vəzifə').fill('Rektor müavini');
  await new TranslationFieldsPanel(panel.form, 'az').open();
  await page.screenshot({ path: '/tmp/translations-guest-form-az.png' });
  await panel.submitNew();
  await expect(panel.form).toBeHidden();

  // Assert: stored as shown, and the same form in the Russian UI
  await page.getByTestId('language-switch').getByText('RU', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await panel.section.getByRole('button', { name: 'Изменить: İSMAİL HAKKI ŞAHİNOĞLU' }).click();
  await new TranslationFieldsPanel(panel.form, 'ru').open();
  await expect(panel.textbox('Фамилия')).toHaveValue('ŞAHİNOĞLU');
  await page.screenshot({ path: '/tmp/translations-guest-form-ru.png' });

  const [stored] = await guestsOnDisk(host, visitId);
  expect(stored).toMatchObject({
    surname: 'ŞAHİNOĞLU',
    givenNames: 'İSMAİL HAKKI',
    nameCyrillic: 'Исмаил Хаккы Шахиноглу',
    lang: 'az',
  });
});

test("a programme item's translations sit together: its title in Russian beside its venue", async ({
  page,
  host,
}) => {
  // Arrange
  await callApi(host, 'settings.update', { uiLanguage: 'en' });
  const visitId = await createVisit(host);
  const programme = new ProgrammeSection(page);
  await programme.open(host, visitId);

  // Act: an item written in Azerbaijani, with its title and venue in Russian
  await programme
    .day('2026-05-13')
    .getByRole('button', { name: /^Add an item on/ })
    .click();
  await programme.dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Rektorla görüş');
  await programme.dialog.getByRole('combobox', { name: 'Venue', exact: true }).fill('Əsas bina, 201');
  const texts = new TranslationFieldsPanel(programme.dialog, 'en');
  await texts.chooseWrittenIn('az');
  await texts.open();
  await texts.field('Title', 'ru').fill('Встреча с ректором');
  await texts.field('Venue', 'ru').fill('Главный корпус, 201');
  await expect(texts.badge('ru')).toHaveAttribute('data-complete', 'true');
  await page.screenshot({ path: '/tmp/translations-item-en.png' });
  await programme.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(programme.dialog).toBeHidden();

  // Assert: the title where printed programmes read it, the venue among the translations
  const [item] = (await visitOnDisk(host.dataDir, visitId)).programme;
  expect(item).toMatchObject({
    title: 'Rektorla görüş',
    lang: 'az',
    titles: { az: '', en: '', ru: 'Встреча с ректором' },
    translations: { ru: { venue: 'Главный корпус, 201' } },
  });
});
