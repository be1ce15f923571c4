import { addDays, toAlmaty, type IsoDate } from "../../../lib/calendar/local-date.ts";
import type { ProductionCalendar } from "../../../lib/calendar/production-calendar.ts";

/** Working days the school has to issue the duplicate. */
export const SERVICE_WORKING_DAYS = 15;

/** End of working hours for portal applications, minutes after midnight Asia/Almaty (18:00, a school's closing time). */
export const PORTAL_WORKING_DAY_END_MINUTES = 18 * 60;

/**
 * Returns the Asia/Almaty day a case counts as taken. Paper channels take it on the
 * day the documents are handed in. A portal application made after working
 * hours, on a weekend or on a holiday is taken on the next working day
 * (Labour Code of 23 November 2015).
 */
export function intakeDateFor(channel: string, submittedAt: Date, calendar: ProductionCalendar): IsoDate {
  const { date, minutes } = toAlmaty(submittedAt);
  if (channel !== "PORTAL") return date;

  if (!calendar.isWorkingDay(date)) return calendar.workingDayOnOrAfter(date);
  if (minutes >= PORTAL_WORKING_DAY_END_MINUTES) return calendar.workingDayOnOrAfter(addDays(date, 1));
  return date;
}

/** Returns the due date: the 15th working day, counted from the day after intake. */
export function dueDateFor(intakeDate: IsoDate, calendar: ProductionCalendar): IsoDate {
  return calendar.addWorkingDays(intakeDate, SERVICE_WORKING_DAYS);
}
