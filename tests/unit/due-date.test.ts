import { describe, expect, it } from "vitest";
import { productionCalendar } from "../../lib/calendar/production-calendar.ts";
import { dueDateFor, intakeDateFor } from "../../subgraphs/applications/domain/due-date.ts";

const calendar = productionCalendar();
const almaty = (local: string) => new Date(`${local}+05:00`);

describe("intake day and due date", () => {
  it("takes a school application on the day it is handed in", () => {
    expect(intakeDateFor("SCHOOL_OFFICE", almaty("2026-12-04T17:59:00"), calendar)).toBe("2026-12-04");
  });

  it("takes a portal application after 18:00 on the next working day", () => {
    expect(intakeDateFor("PORTAL", almaty("2026-12-04T18:00:00"), calendar)).toBe("2026-12-07");
    expect(intakeDateFor("PORTAL", almaty("2026-12-04T17:59:00"), calendar)).toBe("2026-12-04");
  });

  it("moves a weekend portal application", () => {
    expect(intakeDateFor("PORTAL", almaty("2026-12-05T10:00:00"), calendar)).toBe("2026-12-07");
    expect(intakeDateFor("PORTAL", almaty("2026-12-16T10:00:00"), calendar)).toBe("2026-12-17");
  });

  it("uses the Almaty day, not the UTC day", () => {
    // 20:30 UTC on 3 December is 01:30 on 4 December in Almaty.
    expect(intakeDateFor("STATE_CORPORATION", new Date("2026-12-03T20:30:00Z"), calendar)).toBe("2026-12-04");
  });

  it("gives 15 working days from the day after intake", () => {
    expect(dueDateFor("2026-12-04", calendar)).toBe("2026-12-28");
    // Over New Year 2027: 1 January is a Friday and 2 January a Saturday, so 4 January is off too; 7 January is off.
    expect(dueDateFor("2026-12-21", calendar)).toBe("2027-01-14");
  });
});
