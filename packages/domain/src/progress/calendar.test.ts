import { describe, expect, it } from 'vitest';
import { calendarDateIn, daysBetween, isCalendarDate, isTimeZone } from './calendar.ts';

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
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
    expect(daysBetween('1970-01-01', '2026-06-01')).toBe(20_605);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
  });

  it('reads the calendar date of an instant in a time zone', () => {
    const instant = 1_780_277_400_000; // 2026-06-01T01:30:00Z
    expect(calendarDateIn(instant, 'UTC')).toBe('2026-06-01');
    expect(calendarDateIn(instant, 'America/Sao_Paulo')).toBe('2026-05-31');
    expect(calendarDateIn(instant, 'Asia/Tokyo')).toBe('2026-06-01');
    expect(calendarDateIn(instant + 14.5 * 3_600_000, 'Pacific/Kiritimati')).toBe('2026-06-02');
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
