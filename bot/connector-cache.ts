import type { Activity } from "botbuilder";
import {
  BotFrameworkAuthentication,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from "botframework-connector";

/** How many connector clients are kept; in local mode the service URL comes from the activity, so it is bounded. */
const MAX_CLIENTS = 64;

/**
 * The Bot Framework authentication with one ConnectorClient per (app id, service URL, audience) instead of one per
 * turn. Why: CloudAdapter asks its connector factory for a new ConnectorClient at every activity, and building one
 * (an HTTP pipeline of a dozen policies, its credentials) was a tenth of a turn's CPU under load. The client holds
 * no per-turn state: its credentials fetch and refresh their own tokens. Everything else is the wrapped
 * authentication's.
 */
export class ConnectorCachingAuthentication extends BotFrameworkAuthentication {
  readonly #inner: BotFrameworkAuthentication;
  readonly #clients = new Map<string, Promise<ConnectorClient>>();
  readonly #tokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(inner: BotFrameworkAuthentication) {
    super();
    this.#inner = inner;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.#inner.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.#caching(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.#inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.#caching(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.#caching(this.#inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  /** One user-token client per app id (and caller), for the same reason: CloudAdapter makes one per activity. */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = JSON.stringify([JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? "", claimsIdentity.getClaimValue("azp") ?? ""]);
    return remember(this.#tokenClients, key, () => this.#inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.#inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.#inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.#inner.authenticateChannelRequest(authHeader);
  }

  #caching(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? "";
    return new CachingConnectorFactory(factory, appId, this.#clients);
  }
}

/** A connector factory that asks the wrapped one only for a client it has not made yet for this app id. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly factory: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: Map<string, Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return remember(this.clients, JSON.stringify([this.appId, serviceUrl, audience ?? ""]), () => this.factory.create(serviceUrl, audience));
  }
}

/** The cached promise for `key`, or a new one from `make`; a failed creation is forgotten so the next turn retries. */
function remember<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size >= MAX_CLIENTS) cache.clear();
  const created = make();
  cache.set(key, created);
  created.catch(() => cache.delete(key));
  return created;
}
