/** The log interface the bot writes to: structured, one object per line (pino's shape, so pino can be used). */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: 100 } as const;

/**
 * A JSON-lines logger on stdout (one line per event, with time and level). Message texts are never logged
 * raw: callers log intents, ids and latencies, and mask any free text first.
 */
export function createLogger(level: keyof typeof LEVELS = "info", write: (line: string) => void = (l) => process.stdout.write(l)): Logger {
  const min = LEVELS[level];
  const log = (lvl: keyof typeof LEVELS) => (fields: Record<string, unknown>, message: string) => {
    if (LEVELS[lvl] < min) return;
    write(`${JSON.stringify({ time: new Date().toISOString(), level: lvl, msg: message, ...fields })}\n`);
  };
  return { info: log("info"), warn: log("warn"), error: log("error") };
}
