import { describe, expect, it } from 'vitest';
import { calendarDateIn, daysBetween, isCalendarDate, isTimeZone } from './calendar.ts';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['26-01-01', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s is a calendar date: %s', (text, ok) => expect(isCalendarDate(text)).toBe(ok));

  it('counts whole days between dates, across months, years and daylight saving', () => {
    expect(daysBetween('2026-06-01', '2026-06-01')).toBe(0);
    expect(daysBetween('2026-06-01', '2026-05-31')).toBe(-1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('reads the calendar date of an instant in a time zone', () => {
    const instant = new Date('2026-06-01T01:30:00Z');
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-06-01');
    expect(calendarDateIn(instant, 'America/Sao_Paulo')).toBe('2026-05-31');
    expect(calendarDateIn(instant, 'Asia/Tokyo')).toBe('2026-06-01');
    expect(calendarDateIn(new Date('2026-06-01T16:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-06-02');
  });

  it.each([
    ['UTC', true],
    ['America/Sao_Paulo', true],
    ['Europe/Lisbon', true],
    ['Mars/Olympus_Mons', false],
    ['+03:00', false],
    ['', false],
    ['America/Sao Paulo', false],
  ])('%s is a time zone: %s', (name, ok) => expect(isTimeZone(name)).toBe(ok));
});
