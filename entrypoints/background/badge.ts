import { browser } from 'wxt/browser';
import type { Service } from '../../utils/service';

/** The toolbar badge: the number of overdue commitments across all clients. */
export async function refreshBadge(service: Service): Promise<void> {
  const count = await service.overdueCount();
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setTitle({ title: count ? `Bridgekeeper: ${count} overdue` : 'Bridgekeeper' });
}
