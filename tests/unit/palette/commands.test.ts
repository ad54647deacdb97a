import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { COMMANDS, CommandMessageSchema, messageForCommand } from '../../../utils/page/commands';

describe('keyboard commands', () => {
  it('the manifest declares each command the background knows, with a suggested key the palette and sidebar name', async () => {
    const manifest = typeof config.manifest === 'function' ? await config.manifest({} as never) : config.manifest;
    const commands = (manifest as { commands?: Record<string, { suggested_key?: { default?: string } }> }).commands ?? {};
    expect(Object.keys(commands).sort()).toEqual(Object.keys(COMMANDS).sort());
    expect(commands['open-palette']?.suggested_key?.default).toBe('Ctrl+Shift+K');
    expect(commands['open-sidebar']?.suggested_key?.default).toBe('Alt+Shift+K');
  });

  it('tells the mail tab to open the palette or the sidebar, and nothing for a command that is not ours', () => {
    expect(messageForCommand('open-palette')).toEqual({ type: 'palette/open' });
    expect(messageForCommand('open-sidebar')).toEqual({ type: 'sidebar/open' });
    expect(messageForCommand('_execute_action')).toBeNull();
    expect(messageForCommand('toString')).toBeNull();
    expect(messageForCommand('__proto__')).toBeNull();
  });

  it('the tab reads only those messages', () => {
    expect(CommandMessageSchema.safeParse({ type: 'palette/open' }).success).toBe(true);
    expect(CommandMessageSchema.safeParse({ type: 'palette/run', action: 'x' }).success).toBe(false);
  });
});
