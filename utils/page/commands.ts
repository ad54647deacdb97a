import { z } from 'zod';

/**
 * The keyboard commands of the manifest (wxt.config.ts `commands`), which the
 * user can rebind in chrome://extensions/shortcuts. The browser tells the
 * background; the background tells the mail tab with one of these messages.
 */
export const COMMANDS = {
  'open-sidebar': { type: 'sidebar/open' },
  'open-palette': { type: 'palette/open' },
} as const;
export type CommandName = keyof typeof COMMANDS;

export const CommandMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sidebar/open') }),
  z.object({ type: z.literal('palette/open') }),
]);
export type CommandMessage = z.infer<typeof CommandMessageSchema>;

/** What the mail tab is sent for a command the browser reported; null for one that is not ours. */
export function messageForCommand(command: string): CommandMessage | null {
  return Object.hasOwn(COMMANDS, command) ? { ...COMMANDS[command as CommandName] } : null;
}
