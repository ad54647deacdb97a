import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';
import type { Extension } from './extension-browser';

/**
 * The extension's real toolbar popup, opened with `chrome.action.openPopup()`
 * as a click on the icon opens it: its own small window, not a tab.
 * Playwright does not attach to popup windows, so the popup is driven over
 * the DevTools protocol from `control` (any extension page): found among the
 * browser's targets, attached without flattening, and evaluated in through
 * `Target.sendMessageToTarget`. Nothing watches the page while it loads: what
 * is read afterwards are the page's own performance entries.
 */
export interface ActionPopup {
  /** Evaluates `expression` in the popup and returns its value (JSON). */
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

const TargetsSchema = z.object({ targetInfos: z.array(z.object({ targetId: z.string(), url: z.string() })) });
const AttachedSchema = z.object({ sessionId: z.string() });
const ReplySchema = z.object({
  id: z.number(),
  result: z.object({ result: z.object({ value: z.unknown().optional() }), exceptionDetails: z.unknown().optional() }).optional(),
  error: z.object({ message: z.string() }).optional(),
});

const POLL_MS = 10;

export async function openActionPopup(extension: Extension, control: Page, timeoutMs = 10_000): Promise<ActionPopup> {
  const cdp = await extension.context.newCDPSession(control);
  const popupUrl = `chrome-extension://${extension.id}/popup.html`;
  const findPopup = async () => TargetsSchema.parse(await cdp.send('Target.getTargets')).targetInfos.find((t) => t.url.startsWith(popupUrl));
  try {
    if (await findPopup()) throw new Error('a toolbar popup is already open');
    await control.evaluate('chrome.action.openPopup()');
    const target = await poll(findPopup, timeoutMs, 'the toolbar popup did not open');
    const { sessionId } = AttachedSchema.parse(await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false }));
    return popupSession(cdp, sessionId, async () => {
      await poll(async () => !(await findPopup()) || null, timeoutMs, 'the toolbar popup did not close');
    });
  } catch (error) {
    await cdp.detach().catch(() => undefined);
    throw error;
  }
}

function popupSession(cdp: CDPSession, sessionId: string, closed: () => Promise<void>): ActionPopup {
  let nextId = 0;
  const replies = new Map<number, (reply: z.infer<typeof ReplySchema>) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = ReplySchema.safeParse(JSON.parse(event.message));
    if (reply.success) replies.get(reply.data.id)?.(reply.data);
  });
  const evaluate = async (expression: string): Promise<unknown> => {
    const id = (nextId += 1);
    const reply = new Promise<z.infer<typeof ReplySchema>>((resolve) => replies.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    const { result, error } = await reply;
    replies.delete(id);
    if (error || !result || result.exceptionDetails)
      throw new Error(`evaluating in the toolbar popup failed: ${error?.message ?? JSON.stringify(result?.exceptionDetails)}`);
    return result.result.value;
  };
  return {
    evaluate,
    async close() {
      await evaluate('window.close()').catch(() => undefined);
      await closed();
      await cdp.detach().catch(() => undefined);
    },
  };
}

async function poll<T>(read: () => Promise<T | null | undefined>, timeoutMs: number, failure: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > until) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
