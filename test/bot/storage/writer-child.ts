/**
 * Test helper run as a child process: writes items to a LowdbStorage one batch after another and prints
 * "ack <k>" once each write has resolved, until it is killed.
 */
import { LowdbStorage } from "../../../bot/storage/lowdb-storage.js";

const path = process.argv[2]!;
const storage = await LowdbStorage.open(path);
for (let k = 0; ; k++) {
  // Several writes at once, as overlapping turns do: they share file writes (group commit).
  await Promise.all(
    [0, 1, 2].map(async (j) => {
      await storage.write({ [`item-${k}-${j}`]: { k, j, payload: "x".repeat(2000) } });
      process.stdout.write(`ack item-${k}-${j}\n`);
    }),
  );
}
