import { fileURLToPath } from "node:url";

/**
 * Runs `start` when the calling module is the process's entry point, and
 * stops the started server cleanly on SIGINT or SIGTERM. A failed start
 * prints the reason and exits with 1.
 */
export function runMain(moduleUrl: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;

  start()
    .then((server) => {
      const shutdown = () => {
        server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            console.error(`failed to stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
            process.exit(1);
          },
        );
      };
      process.once("SIGINT", shutdown);
      process.once("SIGTERM", shutdown);
    })
    .catch((error: unknown) => {
      console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
      if (error instanceof Error && error.cause) console.error(error.cause);
      process.exit(1);
    });
}
