import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Handler = (req: Received, res: ServerResponse) => void;

/**
 * An OpenAI-compatible server on 127.0.0.1 and a random port: each request
 * is answered by the next handler in the queue (the last one repeats).
 */
export class FakeLlmServer {
  readonly received: Received[] = [];
  private handlers: Handler[] = [];
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        const received: Received = { path: req.url ?? '', headers: req.headers, body: raw ? (JSON.parse(raw) as unknown) : undefined };
        this.received.push(received);
        this.open.add(res);
        res.on('close', () => this.open.delete(res));
        const handler = this.handlers.length > 1 ? this.handlers.shift() : this.handlers[0];
        if (!handler) throw new Error('no handler queued');
        handler(received, res);
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  answer(...handlers: Handler[]): void {
    this.handlers = handlers;
    this.received.length = 0;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function chunk(delta: Record<string, unknown>, finish: string | null = null): string {
  return `data: ${JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion.chunk',
    created: 1_780_000_000,
    model: 'test-model',
    choices: [{ index: 0, delta, finish_reason: finish }],
  })}\n\n`;
}

/** Streams `content` as SSE chunks of `size` characters, then [DONE]. */
export function streamContent(content: string, size = 40, options: { finish?: string } = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(chunk({ role: 'assistant', content: '' }));
    for (let i = 0; i < content.length; i += size) res.write(chunk({ content: content.slice(i, i + size) }));
    res.write(chunk({}, options.finish ?? 'stop'));
    res.end('data: [DONE]\n\n');
  };
}

/** Streams a refusal the way OpenAI marks one: in `delta.refusal`. */
export function streamRefusal(refusal: string): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(chunk({ role: 'assistant', content: null, refusal }));
    res.write(chunk({}, 'stop'));
    res.end('data: [DONE]\n\n');
  };
}

export function status(code: number, headers: Record<string, string> = {}, message = 'error'): Handler {
  return (_req, res) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error: { message, type: 'test_error', code: String(code) } }));
  };
}

/** Accepts the request and never answers. */
export const silent: Handler = () => undefined;

/** Sends the first chunk, then stalls. */
export function stallAfter(content: string): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(chunk({ role: 'assistant', content }));
  };
}
