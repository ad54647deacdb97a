import { defineConfig } from 'wxt';
import { firstPaintPage } from './scripts/build/first-paint-page';

// The manifest asks only for what the product needs: storage for the key and
// settings, alarms for deadline checks, notifications for alerts. Host access
// is limited to the two webmail origins; an LLM origin is requested at run
// time (optional_host_permissions) when the user configures one.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: the core in utils/ must read the same in Node.
  imports: false,
  // The popup paints before any file but its one first script is read (entrypoints/popup-first.ts).
  vite: () => ({ plugins: [firstPaintPage(['popup/index.html'])] }),
  manifest: {
    name: 'Bridgekeeper',
    description: 'Keeps client relationships safe in Gmail and Outlook: deadlines, tone warnings before sending, and calmer wording.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
    // The mail page's views and React, which the content scripts load with import() when they first show one (entrypoints/mail-views).
    web_accessible_resources: [
      {
        resources: ['mail-views.js'],
        matches: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
        use_dynamic_url: true,
      },
    ],
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: 'Bridgekeeper' },
    // Rebindable in chrome://extensions/shortcuts; the sidebar shows the current bindings (utils/page/commands.ts).
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+K', mac: 'Alt+Shift+K' },
        description: 'Open the Bridgekeeper sidebar and move focus into it',
      },
      'open-palette': {
        suggested_key: { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' },
        description: 'Open the Bridgekeeper command palette',
      },
    },
  },
});
