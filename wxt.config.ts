import { defineConfig } from 'wxt';

const EXTENSION_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

// Chrome MV3 first; `wxt build -b firefox` makes the Firefox build (sidebar instead of side panel)
// from the same source.
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Asystent ePUAP',
    description:
      'Prowadzi gminę przez uzyskanie certyfikatu integracji z ePUAP: dane JST, pismo do MC, formularz MC.',
    // Every permission is a visible decision: test/e2e/manifest-and-privacy.spec.ts asserts this exact list.
    // alarms + notifications: the daily check that reminds a clerk who waits for MC too long.
    // scripting + an optional https host permission: MC's form lives on a host known only from the approval
    // e-mail, so access is asked for that one origin at run time (mc.html, on the clerk's click) and the fill
    // script is injected there on demand. Nothing runs on any other site, and no site is granted at install.
    permissions:
      browser === 'firefox'
        ? ['alarms', 'notifications', 'scripting']
        : ['sidePanel', 'alarms', 'notifications', 'scripting'],
    // Firefox MV2 lists optional hosts among optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Asystent ePUAP' },
    // "No network" enforced, not just true today: extension pages may load and connect to the extension's
    // own files only (README, "Prywatność").
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'asystent-epuap@gminy.local',
          strict_min_version: '115.0',
          // Nothing leaves the clerk's machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
