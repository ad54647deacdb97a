import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { focusClientItem, takeFocusClient } from '../../../components/browser-storage';
import { alertNotificationId, onAlertClicked } from '../../../entrypoints/background/alerts';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

async function showAlert(id: string) {
  await fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title: 'Acme Retail', message: 'Agreement due in 7 days' });
}

describe('a click on an alert', () => {
  it('opens the popup on the alert’s client and clears the alert', async () => {
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup;
    const id = alertNotificationId({ clientId: 'client-acme', id: 'deadline-7' });
    await showAlert(id);
    await onAlertClicked(id);
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    // The popup reads the client once, and only once.
    expect(await takeFocusClient()).toBe('client-acme');
    expect(await takeFocusClient()).toBeUndefined();
  });

  it('opens the popup as a page on that client when no window can anchor it', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => {
      throw new Error('no active browser window');
    });
    await onAlertClicked(alertNotificationId({ clientId: 'client a&b', id: 'deadline-7' }));
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls).toContain(fakeBrowser.runtime.getURL('/popup.html?client=client%20a%26b'));
  });

  it('opens the right client when an imported id holds the separator', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => undefined);
    await onAlertClicked(alertNotificationId({ clientId: 'crm|acme|eu', id: 'deadline|7' }));
    expect(await takeFocusClient()).toBe('crm|acme|eu');
  });

  it('leaves every other notification alone', async () => {
    const openPopup = vi.fn(async () => undefined);
    fakeBrowser.action.openPopup = openPopup;
    await showAlert('someone-else:client-acme');
    await onAlertClicked('someone-else:client-acme');
    expect(openPopup).not.toHaveBeenCalled();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['someone-else:client-acme']);
    expect(await focusClientItem.getValue()).toBeNull();
  });
});

describe('the popup’s focus client', () => {
  it('is read from storage.session, where the background wrote it', async () => {
    await fakeBrowser.storage.session.set({ focusClientId: 'client-globex' });
    expect(await takeFocusClient()).toBe('client-globex');
  });

  it('ignores what is not a client id', async () => {
    for (const junk of [42, '', '   ', 'x'.repeat(129), { id: 'client-acme' }]) {
      await fakeBrowser.storage.session.set({ focusClientId: junk });
      expect(await takeFocusClient()).toBeUndefined();
    }
  });
});
