import { Agent, request } from "node:http";

/**
 * A closed-loop load of conversations: each conversation sends a message (deliveryMode "expectReplies"), waits for
 * the replies, then sends the next, as a person would, so a conversation never has two turns in flight. Unlike
 * autocannon's connections, a conversation is bound to one target; the conversations are spread over the targets
 * (bot instances) in turn, and the latencies of all of them make one distribution.
 */

/** What a load measured. */
export interface ConversationLoadResult {
  readonly turns: number;
  readonly turnsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Non-2xx answers, network errors and turns the bot apologised for (its turn-error reply). */
  readonly failed: number;
}

/** Options of runConversations. */
export interface ConversationLoadOptions {
  /** Base URLs of the bot instances; conversation i goes to targets[i mod targets.length]. */
  readonly targets: readonly string[];
  readonly conversations: number;
  readonly seconds: number;
  readonly questions: readonly string[];
  /** Prefix of the conversation ids, distinct for each run (state persists across runs on a shared container). */
  readonly prefix: string;
  /**
   * Turns per second offered in all, spread evenly over the conversations (each waits for its answer and for its
   * next slot). Default: none, each conversation sends its next message as soon as it has the answer (saturation).
   */
  readonly rate?: number;
}

const APOLOGY = "Désolé, une erreur";

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/** Runs the conversations for `seconds` and measures turns per second and latency over all the targets. */
export async function runConversations(options: ConversationLoadOptions): Promise<ConversationLoadResult> {
  const latencies: number[] = [];
  // One kept-alive connection per conversation at most, as a chat service would hold them.
  const agent = new Agent({ keepAlive: true, maxSockets: options.conversations });
  let failed = 0;
  let k = 0;
  const started = performance.now();
  const end = started + options.seconds * 1000;
  // With a rate, conversation c sends at start + (c / conversations + i) * interval: evenly spread slots.
  const interval = options.rate === undefined ? 0 : (options.conversations / options.rate) * 1000;
  const conversation = async (c: number): Promise<void> => {
    const base = options.targets[c % options.targets.length]!;
    let slot = started + (interval * c) / options.conversations;
    while (performance.now() < end) {
      if (interval > 0) {
        const wait = slot - performance.now();
        slot += interval;
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (performance.now() >= end) break;
      }
      const id = k++;
      const body = {
        type: "message",
        id: `${options.prefix}-${id}`,
        channelId: "emulator",
        serviceUrl: base,
        from: { id: `${options.prefix}-user-${c}` },
        recipient: { id: "bot" },
        conversation: { id: `${options.prefix}-conv-${c}` },
        text: options.questions[id % options.questions.length],
        deliveryMode: "expectReplies",
      };
      const t0 = performance.now();
      try {
        const res = await post(agent, `${base}/api/messages`, JSON.stringify(body));
        if (res.status < 200 || res.status >= 300 || res.text.includes(APOLOGY)) failed++;
      } catch (error) {
        failed++;
        if (performance.now() - t0 < 1) await new Promise((r) => setTimeout(r, 10)); // refused at once: do not spin
        if (!(error instanceof Error)) throw error;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, c) => conversation(c)));
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return { turns: sorted.length, turnsPerSecond: sorted.length / elapsed, p50Ms: quantile(sorted, 0.5), p99Ms: quantile(sorted, 0.99), failed };
}

/**
 * POSTs a JSON body with node:http. Why not fetch: on these 2-core machines the load generator shares the cores
 * with the bot, and undici's fetch cost it about 40 % of a core at 500 turns/s, CPU the bot then lacked.
 */
function post(agent: Agent, url: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}
