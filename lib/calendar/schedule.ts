import { addDays, isoWeekday, toAlmaty, type IsoDate } from "./local-date.ts";
import type { ProductionCalendar } from "./production-calendar.ts";

/** A span of the day in minutes since midnight, Asia/Almaty; `end` is exclusive. */
export interface MinuteSpan {
  start: number;
  end: number;
}

/** Opening hours of one weekday. */
export interface DayHours {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  opens: number;
  closes: number;
  /** Breaks inside the opening hours, such as lunch. */
  breaks: MinuteSpan[];
}

/** A place's weekly hours. Public holidays and moved days off always close it. */
export interface WeeklySchedule {
  days: DayHours[];
}

const hours = (h: number, m = 0) => h * 60 + m;

/** A school's office: Monday–Friday 9:00–18:00, lunch 13:00–14:00. */
export const SCHOOL_SCHEDULE: WeeklySchedule = {
  days: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: hours(9), closes: hours(18), breaks: [{ start: hours(13), end: hours(14) }] })),
};

/** A State Corporation office: Monday–Saturday 9:00–20:00 without lunch. */
export const STATE_CORPORATION_SCHEDULE: WeeklySchedule = {
  days: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: hours(9), closes: hours(20), breaks: [] })),
};

/** Formats minutes since midnight as `HH:MM`. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/**
 * Returns the spans of a date when the place is open. A public holiday or a
 * moved day off has none, and a weekend day worked by transfer has the Monday hours.
 */
export function openSpansOn(schedule: WeeklySchedule, calendar: ProductionCalendar, date: IsoDate): MinuteSpan[] {
  const year = calendar.year(Number(date.slice(0, 4)));
  if (year.daysOff.has(date)) return [];

  const weekday = isoWeekday(date);
  const day =
    schedule.days.find((entry) => entry.weekday === weekday) ??
    (year.workedWeekendDays.has(date) ? schedule.days.find((entry) => entry.weekday === 1) : undefined);
  if (!day) return [];

  const spans: MinuteSpan[] = [];
  let start = day.opens;
  for (const pause of [...day.breaks].sort((a, b) => a.start - b.start)) {
    if (pause.start > start) spans.push({ start, end: pause.start });
    start = Math.max(start, pause.end);
  }
  if (day.closes > start) spans.push({ start, end: day.closes });
  return spans;
}

/** True when the place is open at the instant. */
export function isOpenAt(schedule: WeeklySchedule, calendar: ProductionCalendar, instant: Date): boolean {
  const { date, minutes } = toAlmaty(instant);
  return openSpansOn(schedule, calendar, date).some((span) => minutes >= span.start && minutes < span.end);
}

/**
 * Returns the next time the place opens after the instant, as an Asia/Almaty date and
 * minutes, or null when it does not open within `horizonDays`.
 */
export function nextOpening(
  schedule: WeeklySchedule,
  calendar: ProductionCalendar,
  instant: Date,
  horizonDays = 31,
): { date: IsoDate; minutes: number } | null {
  const now = toAlmaty(instant);
  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = addDays(now.date, offset);
    for (const span of openSpansOn(schedule, calendar, date)) {
      if (offset > 0 || span.start > now.minutes) return { date, minutes: span.start };
    }
  }
  return null;
}
