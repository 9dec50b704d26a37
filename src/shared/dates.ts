/**
 * Every date rule in one import. Each lives in the module named for it:
 * - calendar-dates.ts: `YYYY-MM-DD` and `HH:mm`, the accepted range, day arithmetic and weekdays;
 * - baku-time.ts: Baku's offset and today's date there;
 * - date-words.ts: month and weekday names, dates as the screen and printed sheets write them;
 * - letter-dates.ts: dates and ranges as official letters write them, the Azerbaijani ordinal year.
 */
export * from './calendar-dates';
export * from './baku-time';
export * from './date-words';
export * from './letter-dates';
