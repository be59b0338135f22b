import { ContainerClient, type StoragePipelineOptions } from "@azure/storage-blob";
import { z } from "zod";

/**
 * The Azure SDK's retries, kept short: a turn must answer within Teams' 15 s, and start-up must fail in seconds
 * rather than retry for a minute (the SDK's default) when the account cannot be reached.
 */
export const BLOB_PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 300, maxRetryDelayInMs: 2_000, tryTimeoutInMs: 10_000 },
};

/** Options of connectBlobContainer. */
export interface ConnectOptions {
  /** The whole check, retries included, gives up after this long. Default 30 s. */
  timeoutMs?: number;
}

/** Removes what would let a reader of the logs use the account: keys and SAS signatures. */
function redact(text: string): string {
  return text
    .replace(/(AccountKey|SharedAccessSignature)=[^;\s]*/gi, "$1=***")
    .replace(/([?&]sig=)[^&\s;]*/gi, "$1***");
}

/** What the Azure SDK's RestError carries when the service answered. */
const HttpFailureSchema = z.object({ statusCode: z.number().int(), code: z.string().optional() });

/**
 * The HTTP status of a failed storage call, when the service answered. Duck-typed: botbuilder-azure-blobs loads
 * the SDK's CommonJS build and this code its ES module build, each with its own RestError class.
 */
export function httpStatusOf(error: unknown): number | undefined {
  const rest = HttpFailureSchema.safeParse(error);
  return rest.success ? rest.data.statusCode : undefined;
}

/** One line saying why a storage call failed, with its HTTP status when there was an answer. */
export function describeStorageError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split("\n").find((l) => l.trim() !== "")?.trim() ?? "unknown error";
  const rest = HttpFailureSchema.safeParse(error);
  const status = rest.success ? ` (HTTP ${rest.data.statusCode}${rest.data.code ? ` ${rest.data.code}` : ""})` : "";
  return redact(`${first.slice(0, 300)}${status}`);
}

/** The start-up error for a container that cannot be used: one line naming it, the reason and what to check. */
export function unreachableMessage(containerName: string, error: unknown): string {
  return `storage: cannot reach Azure Blob Storage container ${containerName}: ${describeStorageError(error)}; check AZURE_STORAGE_CONNECTION_STRING`;
}

/**
 * Opens the blob container the bot instances share, creating it if it is missing, and checks that it answers.
 * Fails with one line for the operator, naming the container and the reason, never the connection string's key.
 */
export async function connectBlobContainer(
  connectionString: string,
  containerName: string,
  options: ConnectOptions = {},
): Promise<{ ok: true; container: ContainerClient } | { ok: false; error: string }> {
  const fail = (error: unknown) => ({ ok: false as const, error: unreachableMessage(containerName, error) });
  let container: ContainerClient;
  try {
    container = new ContainerClient(connectionString, containerName, BLOB_PIPELINE_OPTIONS);
  } catch (error) {
    // A malformed connection string is refused by the constructor.
    return fail(error);
  }
  const abortSignal = AbortSignal.timeout(options.timeoutMs ?? 30_000);
  try {
    // exists() first: it needs only read rights; createIfNotExists() copes with another instance creating it too.
    if (!(await container.exists({ abortSignal }))) await container.createIfNotExists({ abortSignal });
  } catch (error) {
    return fail(error);
  }
  return { ok: true, container };
}
