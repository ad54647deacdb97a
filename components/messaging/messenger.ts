import { browser } from 'wxt/browser';
import { createMessenger } from '../../utils/messaging';

/** The protocol's typed client for extension pages and content scripts. */
export const request = createMessenger((message) => browser.runtime.sendMessage(message));
