import { ErrorCode } from "../../../lib/errors/codes.ts";
import { ServiceError } from "../../../lib/errors/service-error.ts";
import type { EgovGatewayClient } from "../../../lib/state-systems/egov-gateway-client.ts";
import type { ApplicationsPrisma } from "../data/database.ts";
import type { ConsentDirectory } from "../upstream/consent-directory.ts";
import { applicationMessages } from "./messages.ts";
import type { SubmitApplicationInput } from "./submit-application.ts";

/** Signature of a portal application: a one-time password confirmed through the digital documents service, or an ЭЦП. */
export interface PortalSignature {
  otpConsentId?: string | null;
  edsSignature?: string | null;
}

/**
 * Returns the text a filer signs with an electronic digital signature: the
 * application's facts, one per line, in a fixed order.
 */
export function portalApplicationText(input: SubmitApplicationInput): string {
  return [
    "application for a duplicate of a school certificate",
    `applicant ${input.applicantIin}`,
    `filer ${input.filerIin}`,
    `document ${input.documentKind}`,
    `reason ${input.reason}`,
    `name changed ${input.nameChanged ? "yes" : "no"}`,
    `school ${input.schoolBin}`,
    `pickup office ${input.pickupOfficeId ?? ""}`,
    `graduation year ${input.graduationYear}`,
  ].join("\n");
}

const fail = (text: (typeof applicationMessages)[keyof typeof applicationMessages], values: Record<string, string | number> = {}) =>
  new ServiceError(ErrorCode.BAD_USER_INPUT, text, { field: "input.portalSignature", values });

/**
 * Checks the signature of a portal application (rule 8 of the service
 * standard): exactly one of a one-time password, confirmed by the filer
 * through requestSigningCode and confirmConsent, or an electronic digital
 * signature of {@link portalApplicationText} by the filer, verified by the
 * e-government gateway. Other channels carry no signature. Returns the
 * signing consent's id, which the case keeps so the code signs nothing else.
 */
export async function checkPortalSignature(
  input: SubmitApplicationInput & { portalSignature?: PortalSignature | null },
  deps: { consents: ConsentDirectory; egov: EgovGatewayClient; prisma: ApplicationsPrisma },
): Promise<string | null> {
  const signature = input.portalSignature;
  const otp = signature?.otpConsentId?.trim();
  const eds = signature?.edsSignature?.trim();

  if (input.channel !== "PORTAL") {
    if (otp || eds) throw fail(applicationMessages.signatureOnlyOnPortal);
    return null;
  }
  if (Boolean(otp) === Boolean(eds)) throw fail(applicationMessages.signatureMissing);

  if (otp) {
    const used = await deps.prisma.application.findUnique({ where: { signatureConsentId: otp }, select: { number: true } });
    if (used) throw codeAlreadyUsed(used.number);
    const consent = await deps.consents.findConsent(otp);
    const valid = consent && consent.documentKind === "APPLICATION_SIGNATURE" && consent.ownerIin === input.filerIin && consent.status === "GRANTED";
    if (!valid) throw fail(applicationMessages.signatureCodeInvalid);
    return otp;
  }

  const verdict = await deps.egov.verifySignature(input.filerIin, portalApplicationText(input), eds as string);
  if (!verdict.valid) throw fail(applicationMessages.signatureEdsInvalid, { reason: verdict.reason ?? "INVALID" });
  return null;
}

/** CONSENT_ALREADY_USED: a signing code signs one application only. */
export function codeAlreadyUsed(number: string): ServiceError {
  return new ServiceError(ErrorCode.CONSENT_ALREADY_USED, applicationMessages.signatureCodeUsed, { field: "input.portalSignature.otpConsentId", values: { number } });
}
