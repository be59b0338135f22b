import { ConfigurationBotFrameworkAuthentication, type Activity } from "botbuilder";
import { ClaimsIdentity } from "botframework-connector";
import { describe, expect, it } from "vitest";
import { ConnectorCachingAuthentication } from "../../bot/connector-cache.js";

const auth = (): ConnectorCachingAuthentication =>
  new ConnectorCachingAuthentication(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "", MicrosoftAppTenantId: "" }));

describe("ConnectorCachingAuthentication", () => {
  it("gives the same ConnectorClient for the same service URL and audience, a new one otherwise", async () => {
    const a = auth();
    const identity = new ClaimsIdentity([], "anonymous");
    const first = await a.createConnectorFactory(identity).create("http://127.0.0.1:1/", "aud");
    const again = await a.createConnectorFactory(identity).create("http://127.0.0.1:1/", "aud");
    expect(again).toBe(first);
    const other = await a.createConnectorFactory(identity).create("http://127.0.0.1:2/", "aud");
    expect(other).not.toBe(first);
    expect((other as unknown as { baseUri: string }).baseUri).toBe("http://127.0.0.1:2/");
    expect(await a.createConnectorFactory(identity).create("http://127.0.0.1:1/", "other")).not.toBe(first);
  });

  it("authenticates an anonymous local request as the wrapped authentication does, with a caching factory", async () => {
    const a = auth();
    // Only the fields the anonymous path reads.
    const activity = { type: "message", serviceUrl: "http://127.0.0.1:3/", channelId: "emulator" } as Activity;
    const r1 = await a.authenticateRequest(activity, "");
    const r2 = await a.authenticateRequest(activity, "");
    expect(r1.claimsIdentity.claims).toEqual([]);
    expect(await r2.connectorFactory!.create("http://127.0.0.1:3/")).toBe(await r1.connectorFactory!.create("http://127.0.0.1:3/"));
  });

  it("keeps a bounded number of clients when every activity names another service URL", async () => {
    const a = auth();
    const factory = a.createConnectorFactory(new ClaimsIdentity([], "anonymous"));
    const first = await factory.create("http://127.0.0.1:10000/");
    for (let i = 1; i <= 100; i++) await factory.create(`http://127.0.0.1:${10000 + i}/`);
    expect(await factory.create("http://127.0.0.1:10000/")).not.toBe(first);
  });
});

describe("ConnectorCachingAuthentication user-token clients", () => {
  it("gives one user-token client per app id", async () => {
    const a = auth();
    const identity = new ClaimsIdentity([], "anonymous");
    const first = await a.createUserTokenClient(identity);
    expect(await a.createUserTokenClient(new ClaimsIdentity([], "anonymous"))).toBe(first);
    expect(await a.createUserTokenClient(new ClaimsIdentity([{ type: "ver", value: "1.0" }, { type: "appid", value: "other-app" }], true))).not.toBe(first);
  });
});
