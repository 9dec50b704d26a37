import { describe, expect, it } from 'vitest';
import { daySchedule } from '../../../../src/core/planning/calendar';
import { dayDocx } from '../../../../src/core/print/day-docx';
import { emptyLeg } from '../../../../src/shared/domain';
import { documentText } from '../../letters/docx-xml';
import { guest, visit } from './fixtures';

/**
 * A journey typed without its flight number: the flight column says so with a dash, and the visit's
 * title stays on its own muted line under it instead of moving up into the bold flight line.
 */
const v = visit('v', {
  title: 'Ankara',
  guests: [
    guest('g1', 'Ayşe', 'Öztürk', {
      arrival: { ...emptyLeg, date: '2026-05-13', time: '07:05' },
      departure: { ...emptyLeg, date: '2026-05-13', time: '21:40', airport: 'GYD' },
    }),
  ],
});

async function dayText(language: 'az' | 'en' | 'ru'): Promise<string[]> {
  const file = await dayDocx(daySchedule([v], [], '2026-05-13', language), null, false);
  return documentText(Buffer.from(file.base64, 'base64')).split('\n');
}

describe('a journey without a flight number on the daily schedule (.docx)', () => {
  it('prints a dash in the flight column, the visit under it, in the arrivals and departures', async () => {
    const lines = await dayText('en');

    const arrivals = lines.indexOf('Arrivals');
    const departures = lines.indexOf('Departures');
    expect(lines.slice(arrivals + 2, arrivals + 4)).toEqual([
      '07:05 | —',
      'Ankara |  | Ayşe Öztürk |  |  |  | ',
    ]);
    expect(lines.slice(departures + 2, departures + 4)).toEqual([
      '21:40 | —',
      'Ankara | GYD | Ayşe Öztürk |  |  |  | ',
    ]);
  });

  it('names the transfer by its direction in the programme, in the schedule’s language', async () => {
    const lines = await dayText('ru');

    const programme = lines.indexOf('Программа');
    expect(lines.slice(programme + 2, programme + 5)).toEqual([
      '06:05–08:35 | Прибытие',
      'Ankara',
      'Трансфер |  | Ayşe Öztürk |  |  |  | ',
    ]);
  });
});
