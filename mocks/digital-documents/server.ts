import { loadCitizens, type Citizen } from "../fixtures/citizens.ts";
import { MockServer } from "../lib/mock-server.ts";

/**
 * Mock of the digital documents service: `GET /documents/:iin/:kind` returns
 * the owner's document of that kind (IDENTITY_CARD, PASSPORT,
 * BIRTH_CERTIFICATE). The real service releases a document only to a provider
 * holding the owner's consent, so the caller must send `x-consent-id`.
 */
export function createDigitalDocumentsMock(citizens: Citizen[] = loadCitizens()): MockServer {
  const byIin = new Map(citizens.map((citizen) => [citizen.iin, citizen]));

  return new MockServer("digital-documents").route("GET", "/documents/:iin/:kind", ({ params, headers }) => {
    if (!headers["x-consent-id"]) return { status: 403, body: { error: "x-consent-id header is required" } };

    const citizen = byIin.get(params.iin ?? "");
    const document = citizen?.documents.find((entry) => entry.kind === params.kind);
    if (!citizen || !document) return { status: 404, body: { error: "document not found" } };

    return {
      status: 200,
      body: {
        ownerIin: citizen.iin,
        fullName: [citizen.lastName, citizen.firstName, citizen.middleName].filter(Boolean).join(" "),
        birthDate: citizen.birthDate,
        ...document,
      },
    };
  });
}
