import { ageOn, type IsoDate } from "../../../lib/calendar/local-date.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { PeopleDirectory, PersonFacts } from "../upstream/people-directory.ts";
import { applicationMessages } from "./messages.ts";

/** Youngest age at which a student finishes each level: grade 9 at about 15, grade 11 at about 17, with a year's margin. */
const MIN_GRADUATION_AGE = { BASIC_SECONDARY_CERTIFICATE: 14, GENERAL_SECONDARY_CERTIFICATE: 16 } as const;

const reject = (text: (typeof applicationMessages)[keyof typeof applicationMessages], field: string, values: Record<string, string | number>) =>
  new ServiceError(ErrorCode.BAD_USER_INPUT, text, { field, values });

/**
 * Checks the applicant and the filer against the state database of
 * individuals. Both must be on record and alive. A minor's case is filed by a
 * parent or legal representative on record, and an adult's case by the adult
 * or a representative with a power of attorney. The applicant must have been
 * old enough for the graduation year.
 */
export async function checkPeople(
  people: PeopleDirectory,
  input: {
    applicantIin: string;
    filerIin: string;
    documentKind: keyof typeof MIN_GRADUATION_AGE;
    graduationYear: number;
    filerPowerOfAttorney?: { number: string; issuedOn: string; notary: string } | null;
  },
  submittedOn: IsoDate,
): Promise<void> {
  const { applicant, filer } = await people.findApplicantAndFiler(input.applicantIin, input.filerIin);
  const living = (person: PersonFacts | null, iin: string, field: string): PersonFacts => {
    if (!person) throw reject(applicationMessages.personNotOnRecord, field, { iin });
    if (person.deceasedOn) throw reject(applicationMessages.personDeceased, field, { iin });
    return person;
  };
  const student = living(applicant, input.applicantIin, "input.applicantIin");
  living(filer, input.filerIin, "input.filerIin");

  if (ageOn(student.birthDate, submittedOn) < 18) {
    if (!student.representativeIins.includes(input.filerIin)) throw reject(applicationMessages.minorNeedsRepresentative, "input.filerIin", { iin: input.filerIin });
  } else if (input.filerIin !== input.applicantIin && !input.filerPowerOfAttorney) {
    throw reject(applicationMessages.adultFilesOwnApplication, "input.filerIin", { iin: input.filerIin });
  }

  const earliest = Number(student.birthDate.slice(0, 4)) + MIN_GRADUATION_AGE[input.documentKind];
  if (earliest > Number(submittedOn.slice(0, 4))) throw reject(applicationMessages.tooYoungForDocument, "input.documentKind", { iin: input.applicantIin });
  if (input.graduationYear < earliest) throw reject(applicationMessages.graduationBeforeAge, "input.graduationYear", { year: input.graduationYear, earliest });
}
