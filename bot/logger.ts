import { pino, type DestinationStream } from "pino";

/** The log interface the bot writes to: structured, one JSON object per line (pino). */
export interface Logger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}

/** Log levels, as LOG_LEVEL accepts them. */
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/**
 * The bot's logger: pino, JSON lines on stdout (or `destination`, for tests). Message texts are never logged: the
 * turn log has ids, intent and latency only, and any free text is masked before it is stored anywhere.
 */
export function createLogger(level: LogLevel = "info", destination?: DestinationStream): Logger {
  const options = { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
