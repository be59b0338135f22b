import { createServer, type AddressInfo } from "node:net";

/** A free loopback port (the system picks one, the probe lets it go): for a server under test or a closed port. */
export async function freeLoopbackPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}
