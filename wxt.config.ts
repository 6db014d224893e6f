import { defineConfig } from 'wxt';

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
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'asystent-epuap@gminy.local',
          // 140 ESR is the oldest Firefox that reads the data-collection declaration below.
          strict_min_version: '140.0',
          // Nothing leaves the clerk's machine (addons.mozilla.org asks every new add-on to say so).
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads the declaration from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
