/** A case for the example: an adult who lost a grade 11 certificate, collecting it at a State Corporation office. */
export const EXAMPLE_SUBMISSION = `mutation Submit {
  submitApplication(input: {
    channel: STATE_CORPORATION
    applicantIin: "950211441583"
    filerIin: "950211441583"
    documentKind: GENERAL_SECONDARY_CERTIFICATE
    reason: LOST
    nameChanged: false
    schoolBin: "990540059091"
    pickupOfficeId: "almaty-bostandyk"
    graduationYear: 2012
  }) { id number dueDate }
}`;

/** The headline query: applicant, case status and due date, and the pickup office in one request. */
export const HEADLINE_QUERY = `query Headline($id: ID!) {
  application(id: $id) {
    number status submittedAt dueDate
    applicant { iin lastName firstName birthDate }
    school { name }
    pickupOffice { name address }
  }
}`;
