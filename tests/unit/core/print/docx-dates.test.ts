import { describe, expect, it } from 'vitest';
import { daySchedule } from '../../../../src/core/planning/calendar';
import { dayDocx } from '../../../../src/core/print/day-docx';
import { programmeDocx } from '../../../../src/core/print/programme-docx';
import { visitProgramme } from '../../../../src/core/print/programme';
import { part } from '../../letters/docx-xml';
import { hotel, visit } from './fixtures';

const NBSP = '\u00a0';
const NB_HYPHEN = '\u2011';
const trip = visit('v', { title: 'Ankara', arrivalDate: '2027-03-15', departureDate: '2027-03-20' });
const xmlOf = (base64: string) => part(Buffer.from(base64, 'base64'), 'word/document.xml');

describe('dates in the printouts saved as .docx', () => {
  it('are written as letters write them, and never break across lines', async () => {
    const ru = xmlOf((await dayDocx(daySchedule([trip], [hotel], '2027-03-15', 'ru'), null, false)).base64);
    const az = xmlOf((await dayDocx(daySchedule([trip], [hotel], '2027-03-15', 'az'), null, false)).base64);
    const programme = xmlOf(
      (await programmeDocx(visitProgramme(trip, [hotel], null, 'az'), null, false)).base64,
    );

    expect(ru).toContain(`15${NBSP}марта${NBSP}2027${NBSP}г.`);
    expect(az).toContain(`15${NBSP}mart${NBSP}2027${NB_HYPHEN}ci${NBSP}il`);
    expect(programme).toContain(`15–20${NBSP}mart${NBSP}2027${NB_HYPHEN}ci${NBSP}il`);
  });
});
