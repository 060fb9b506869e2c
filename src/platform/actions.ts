// Toolbar badge, active tab and options page: browser UI the extension drives.
import type { RiskLevel } from '../core/analysis';
import { browser } from './browser';

const BADGE: Record<RiskLevel, { text: string; color: string }> = {
  low: { text: 'low', color: '#2e7d32' },
  moderate: { text: 'mod', color: '#b26a00' },
  high: { text: 'high', color: '#c62828' },
};

/** Shows a tab's cramp risk on the toolbar icon. */
export async function showRiskBadge(tabId: number, level: RiskLevel): Promise<void> {
  const { text, color } = BADGE[level];
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color });
}

export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export const openOptionsPage = () => browser.runtime.openOptionsPage();
