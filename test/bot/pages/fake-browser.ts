import { runInNewContext } from "node:vm";

/**
 * Just enough of a browser to run the chat page's inline script in Node: elements with classes, attributes,
 * listeners and children; sessionStorage; a scripted fetch; a fake AdaptiveCards global. No layout, no parsing
 * of innerHTML (tests read it as a string).
 */

type Listener = (event: FakeEvent) => void;

/** The event object handed to listeners. */
export interface FakeEvent {
  readonly type: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** A DOM element stand-in. */
export class FakeElement {
  readonly children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, Listener[]>();
  className = "";
  textContent = "";
  innerHTML = "";
  hidden = false;
  disabled = false;
  value = "";
  type = "";
  href = "";
  target = "";
  rel = "";
  scrollTop = 0;
  scrollHeight = 100;

  constructor(
    readonly tagName: string,
    private readonly doc: FakeDocument,
  ) {}

  appendChild(child: FakeElement): FakeElement {
    child.parentNode = this;
    this.children.push(child);
    return child;
  }

  removeChild(child: FakeElement): FakeElement {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parentNode = null;
    return child;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Calls the listeners of `type`; returns the event. */
  dispatch(type: string): FakeEvent {
    const event: FakeEvent = {
      type,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    for (const listener of this.listeners.get(type) ?? []) listener(event);
    return event;
  }

  focus(): void {
    this.doc.activeElement = this;
  }

  /** Every descendant, depth first. */
  descendants(): FakeElement[] {
    return this.children.flatMap((c) => [c, ...c.descendants()]);
  }

  /** Supports ".class" and '[data-testid="x"]'. */
  querySelectorAll(selector: string): FakeElement[] {
    return this.descendants().filter((e) => e.matches(selector));
  }

  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  matches(selector: string): boolean {
    if (selector.startsWith(".")) return this.className.split(/\s+/).includes(selector.slice(1));
    const attr = /^\[([a-z-]+)="([^"]*)"\]$/.exec(selector);
    if (attr) return this.getAttribute(attr[1]!) === attr[2];
    throw new Error(`unsupported selector ${selector}`);
  }

  /** All the text and markup below this element, for assertions. */
  content(): string {
    return [this.textContent, this.innerHTML, ...this.children.map((c) => c.content())].join("");
  }
}

/** The document stand-in: elements by id, the body, the focused element. */
export class FakeDocument {
  readonly body: FakeElement;
  activeElement: FakeElement | null;
  private readonly byId = new Map<string, FakeElement>();

  constructor() {
    this.body = new FakeElement("body", this);
    this.activeElement = this.body;
  }

  createElement(tag: string): FakeElement {
    return new FakeElement(tag, this);
  }

  /** Adds an element with an id (and optional attributes) to the body. */
  add(tag: string, id: string, attributes: Record<string, string> = {}): FakeElement {
    const e = this.body.appendChild(this.createElement(tag));
    e.setAttribute("id", id);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
    this.byId.set(id, e);
    return e;
  }

  getElementById(id: string): FakeElement | null {
    return this.byId.get(id) ?? null;
  }

  querySelector(selector: string): FakeElement | null {
    return this.body.querySelector(selector);
  }

  querySelectorAll(selector: string): FakeElement[] {
    return this.body.querySelectorAll(selector);
  }
}

/** One request the page sent. */
export interface SentRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown>;
}

/** What the scripted server answers: a status and a JSON body, or a network failure. */
export type FakeReply = { status: number; body?: unknown; raw?: string } | "network-error";

/** A card the fake AdaptiveCards global rendered. */
export interface FakeCard {
  content: unknown;
  onExecuteAction?: (action: FakeCardAction) => void;
}

/** The subset of an Adaptive Cards action the page reads. */
export interface FakeCardAction {
  getJsonTypeName(): string;
  url?: string;
  data?: unknown;
  title?: string;
}

/** A running page and its observable effects. */
export interface FakeBrowser {
  readonly document: FakeDocument;
  readonly requests: SentRequest[];
  readonly opened: string[];
  readonly cards: FakeCard[];
  readonly storage: Map<string, string>;
  readonly replacedUrls: string[];
  readonly input: FakeElement;
  readonly send: FakeElement;
  readonly log: FakeElement;
  /** Queues the next answers of /api/messages (default when empty: 200 with no activity). */
  reply(...replies: FakeReply[]): void;
  /** Makes the next request wait until the returned function is called. */
  hold(): () => void;
  /** Lets pending promises settle. */
  flush(): Promise<void>;
  /** Types a text and submits the form. */
  type(text: string): void;
  botMessages(): FakeElement[];
  systemLines(): string[];
}

/** Options of {@link startFakeBrowser}. */
export interface FakeBrowserOptions {
  readonly script: string;
  readonly config: string;
  readonly search?: string;
  readonly withAdaptiveCards?: boolean;
}

/** Runs the chat script against the fake DOM. Replies must be queued before (or while) the page sends. */
export function startFakeBrowser(options: FakeBrowserOptions, initialReplies: FakeReply[] = []): FakeBrowser {
  const document = new FakeDocument();
  const log = document.add("main", "chat-log", { "data-testid": "chat-log" });
  document.add("div", "chat-typing");
  const form = document.add("form", "chat-form");
  const input = document.add("input", "chat-input", { "data-testid": "chat-input" });
  const send = document.add("button", "chat-send", { "data-testid": "chat-send" });
  document.add("button", "chat-reset");
  document.add("script", "chat-config").textContent = options.config;

  const requests: SentRequest[] = [];
  const replies: FakeReply[] = [...initialReplies];
  const opened: string[] = [];
  const cards: FakeCard[] = [];
  const storage = new Map<string, string>();
  const replacedUrls: string[] = [];
  let gate: Promise<void> | undefined;

  const fetch = async (url: string, init: { method: string; headers: Record<string, string>; body: string }) => {
    requests.push({ url, method: init.method, headers: init.headers, body: JSON.parse(init.body) as Record<string, unknown> });
    if (gate) {
      const g = gate;
      gate = undefined;
      await g;
    }
    const next = replies.shift() ?? { status: 200, body: { activities: [] } };
    if (next === "network-error") throw new TypeError("Failed to fetch");
    const text = next.raw ?? (next.body === undefined ? "" : JSON.stringify(next.body));
    return { ok: next.status >= 200 && next.status < 300, status: next.status, text: async () => text };
  };

  class AdaptiveCard {
    static onProcessMarkdown: unknown;
    onExecuteAction?: (action: FakeCardAction) => void;
    private card: FakeCard = { content: undefined };
    parse(content: unknown): void {
      this.card.content = content;
    }
    render(): FakeElement {
      this.card.onExecuteAction = this.onExecuteAction;
      cards.push(this.card);
      const e = document.createElement("div");
      e.className = "ac-adaptiveCard";
      e.textContent = JSON.stringify(this.card.content);
      return e;
    }
  }

  const location = { href: `http://localhost:3978/${options.search ?? ""}`, origin: "http://localhost:3978", pathname: "/", search: options.search ?? "", hash: "" };
  const sandbox: Record<string, unknown> = {
    document,
    location,
    fetch,
    URL,
    URLSearchParams,
    crypto: { randomUUID: () => crypto.randomUUID() },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
      removeItem: (k: string) => void storage.delete(k),
    },
    history: { replaceState: (_s: unknown, _t: string, url: string) => void replacedUrls.push(url) },
    open: (url: string) => void opened.push(url),
  };
  if (options.withAdaptiveCards !== false) sandbox.AdaptiveCards = { AdaptiveCard };
  sandbox.window = sandbox;
  runInNewContext(options.script, sandbox);

  const flush = async () => {
    for (let i = 0; i < 30; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    document,
    requests,
    opened,
    cards,
    storage,
    replacedUrls,
    input,
    send,
    log,
    reply: (...r) => void replies.push(...r),
    hold: () => {
      let release = () => {};
      gate = new Promise<void>((r) => (release = r));
      return () => release();
    },
    flush,
    type: (text) => {
      input.value = text;
      form.dispatch("submit");
    },
    botMessages: () => log.querySelectorAll('[data-testid="bot-message"]'),
    systemLines: () => log.querySelectorAll(".system").map((e) => e.content()),
  };
}
