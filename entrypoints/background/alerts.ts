import { browser } from 'wxt/browser';
import { focusClientItem } from '../../components/browser-storage';
import type { Service } from '../../utils/service';
import { refreshBadge } from './badge';

export const ALERT_ALARM = 'bridgekeeper:evaluate-signals';
const NOTIFICATION_PREFIX = 'bk-alert:';

/**
 * Alarms persist while the service worker sleeps; listeners are registered
 * synchronously at start-up (MV3 wakes the worker for them) and wait for the
 * service inside. Sent alert ids live in IndexedDB, so a restart never
 * repeats an alert.
 */
export function registerAlerts(serviceReady: Promise<Service>): void {
  browser.runtime.onInstalled.addListener(() => void ensureAlarm());
  browser.runtime.onStartup.addListener(() => void ensureAlarm());
  void ensureAlarm();

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALERT_ALARM) return;
    void serviceReady.then((service) => evaluateAndNotify(service));
  });

  browser.notifications.onClicked.addListener((notificationId) => void onAlertClicked(notificationId));
}

/** An alert's notification id: its client and its own id, each URI-encoded so that a `|` in an imported id cannot shift them. */
export const alertNotificationId = (alert: { clientId: string; id: string }) =>
  `${NOTIFICATION_PREFIX}${encodeURIComponent(alert.clientId)}|${encodeURIComponent(alert.id)}`;

function clientOfNotification(notificationId: string): string | null {
  const [client] = notificationId.slice(NOTIFICATION_PREFIX.length).split('|');
  try {
    return client ? decodeURIComponent(client) : null;
  } catch {
    return null;
  }
}

/** A click on one of our alerts opens the popup on its client and clears the alert; other notifications are not ours. */
export async function onAlertClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const clientId = clientOfNotification(notificationId);
  await Promise.all([clientId ? openPopupOn(clientId) : undefined, browser.notifications.clear(notificationId)]);
}

async function ensureAlarm(): Promise<void> {
  if (!(await browser.alarms.get(ALERT_ALARM))) {
    await browser.alarms.create(ALERT_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  }
}

export async function evaluateAndNotify(service: Service, now?: Date): Promise<string[]> {
  const alerts = await service.evaluateAlerts(now);
  for (const alert of alerts) {
    await browser.notifications.create(alertNotificationId(alert), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: alert.title,
      message: alert.message,
      priority: 1,
    });
  }
  await refreshBadge(service);
  return alerts.map((alert) => alert.id);
}

/** Each alert opens the popup on its client. */
async function openPopupOn(clientId: string): Promise<void> {
  await focusClientItem.setValue(clientId);
  try {
    await browser.action.openPopup();
  } catch {
    // No focused browser window to anchor the popup: open it as a page instead.
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?client=${encodeURIComponent(clientId)}`) });
  }
}
