// @apollo/gateway 2.14 starts anonymous telemetry in its constructor unless
// APOLLO_TELEMETRY_DISABLED is "1": it probes cloud metadata addresses and
// reports usage to Apollo. No traffic may leave the machine, so this module
// is imported before the gateway package, and the setting is not optional.
process.env.APOLLO_TELEMETRY_DISABLED = "1";

/** True once this module has run; the gateway checks it before it builds. */
export const telemetryDisabled = process.env.APOLLO_TELEMETRY_DISABLED === "1";
