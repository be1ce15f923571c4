import { isIsoDate } from "../../../lib/calendar/local-date.ts";
import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { Application } from "../data/generated/client.ts";
import type { ConsentDirectory } from "../upstream/consent-directory.ts";
import { applicationMessages } from "./messages.ts";

/** The documents an employee records at intake. */
export interface IntakeDocuments {
  /** The application (Appendix 1) addressed to the head of the school was handed in. */
  applicationForm: boolean;
  /** A paper identity document of the student that the employee saw. */
  paperIdentityDocument?: { kind: string; number: string; issuedOn: string; expiresOn?: string | null } | null;
  /** Or a digital document released under the student's consent. */
  digitalDocumentConsentId?: string | null;
  /** The original certificate, needed when the name changed and the certificate is damaged. */
  originalCertificate: boolean;
}

/** An item of the checklist that is missing or expired. */
export interface ChecklistFault {
  item: "APPLICATION_FORM" | "IDENTITY_DOCUMENT" | "ORIGINAL_CERTIFICATE";
  problem: "MISSING" | "EXPIRED";
  /** Facts for the receipt, such as the expiry date; no personal data. */
  detail?: string;
}

/**
 * Decides completeness of a package (rule 8 of the service standard). It
 * needs the application form and the student's identity document, on paper or
 * digital under a granted consent, not expired. When the name changed and the
 * certificate is damaged, it also needs the original certificate. Returns the
 * faults, so an empty list means complete. Malformed input fails with BAD_USER_INPUT.
 */
export async function evaluateChecklist(
  application: Application,
  documents: IntakeDocuments,
  deps: { consents: ConsentDirectory },
  today: string,
): Promise<ChecklistFault[]> {
  const faults: ChecklistFault[] = [];
  if (!documents.applicationForm) faults.push({ item: "APPLICATION_FORM", problem: "MISSING" });

  const paper = documents.paperIdentityDocument;
  if (paper && documents.digitalDocumentConsentId) {
    throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.oneIdentityDocument, { field: "input.paperIdentityDocument" });
  }
  if (paper) {
    if (!isIsoDate(paper.issuedOn) || paper.issuedOn > today) {
      throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.dateNotPast, { field: "input.paperIdentityDocument.issuedOn", values: { date: paper.issuedOn } });
    }
    if (paper.expiresOn && !isIsoDate(paper.expiresOn)) {
      throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.dateInvalid, { field: "input.paperIdentityDocument.expiresOn", values: { date: paper.expiresOn } });
    }
    if (!paper.number.trim()) throw new ServiceError(ErrorCode.BAD_USER_INPUT, applicationMessages.documentNumberMissing, { field: "input.paperIdentityDocument.number" });
    if (paper.expiresOn && paper.expiresOn < today) faults.push({ item: "IDENTITY_DOCUMENT", problem: "EXPIRED", detail: paper.expiresOn });
  } else if (documents.digitalDocumentConsentId) {
    const digital = await deps.consents.findConsentedDocument(documents.digitalDocumentConsentId);
    if (digital.state !== "RELEASED" || digital.ownerIin !== application.applicantIin) faults.push({ item: "IDENTITY_DOCUMENT", problem: "MISSING", detail: "digital" });
    else if (digital.expiresOn !== null && digital.expiresOn < today) faults.push({ item: "IDENTITY_DOCUMENT", problem: "EXPIRED", detail: digital.expiresOn });
  } else {
    faults.push({ item: "IDENTITY_DOCUMENT", problem: "MISSING" });
  }

  if (application.nameChanged && application.reason === "DAMAGED" && !documents.originalCertificate) {
    faults.push({ item: "ORIGINAL_CERTIFICATE", problem: "MISSING" });
  }
  return faults;
}
