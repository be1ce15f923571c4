import net from "node:net";

/** Connections to hosts outside this machine that the guard refused, as `host:port`. */
export const refusedConnections: string[] = [];

const LOOPBACK_NAMES = new Set(["localhost", "::1", "[::1]", "0:0:0:0:0:0:0:1"]);

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || /^::ffff:127\./.test(host);
}

type ConnectOptions = { host?: string; port?: number | string; path?: string };

function connectTarget(args: unknown[]): ConnectOptions {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === "string" && Number.isNaN(Number(first))) return { path: first };
  if (typeof first === "number" || typeof first === "string") return { port: first, host: typeof args[1] === "string" ? args[1] : "localhost" };
  return (first ?? {}) as ConnectOptions;
}

/**
 * Makes every TCP connection to a host outside this machine fail at once
 * and records it, so a test can assert that nothing tried to leave. Unix
 * sockets and loopback addresses pass through.
 */
export function installNetworkGuard(): void {
  const original = net.Socket.prototype.connect;
  if ((original as { guarded?: boolean }).guarded) return;

  const guarded = function (this: net.Socket, ...args: unknown[]) {
    const target = connectTarget(args);
    const host = target.host ?? "localhost";
    if (target.path || isLoopback(host)) return (original as (...a: unknown[]) => net.Socket).apply(this, args);

    refusedConnections.push(`${host}:${target.port ?? "?"}`);
    process.nextTick(() => this.destroy(new Error(`connection to ${host}:${target.port} refused: tests may reach only loopback`)));
    return this;
  };
  Object.assign(guarded, { guarded: true });
  net.Socket.prototype.connect = guarded as typeof original;
}
