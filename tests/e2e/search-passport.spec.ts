import { test, expect } from './fixtures';
import { callApi } from './arrange';
import { addGuest, createLetterVisit, MEHMET } from './pages/letters-data';
import { VisitsPage } from './pages/visits-page';

test('an embassy calls with a passport number: the visit list finds the guest’s visit however the number is spaced', async ({
  page,
  host,
}) => {
  // Arrange: Mehmet's visit with his passport and phone, and another visit
  const visitId = await createLetterVisit(host);
  await addGuest(host, visitId, {
    ...MEHMET,
    passport: {
      number: 'U12345678',
      issuingCountry: 'TR',
      issueDate: '2022-01-10',
      expiryDate: '2032-01-09',
    },
    phone: '+90 (312) 555-01-01',
  });
  await callApi(host, 'visits.create', {
    visit: {
      title: 'Tartu Ülikooli nümayəndə heyəti',
      arrivalDate: '2026-06-01',
      departureDate: '2026-06-03',
    },
  });
  const visits = new VisitsPage(page);
  await visits.open(host);
  await expect(visits.rows).toHaveCount(2);

  // Act: the number as read out on the phone
  await visits.filterByText('u 1234 5678');

  // Assert
  await expect(visits.rows).toHaveCount(1);
  await expect(visits.rows).toContainText('Ankara Universiteti nümayəndə heyəti');

  // Act and assert: the phone, with another prefix and spacing
  await visits.filterByText('0090 312 5550101');
  await expect(visits.rows).toHaveCount(1);
  await expect(visits.rows).toContainText('Ankara Universiteti nümayəndə heyəti');

  // A number no guest has finds nothing
  await visits.filterByText('U 1234 5679');
  await expect(page.getByText('Filtrlərə uyğun səfər tapılmadı')).toBeVisible();
});
