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
    permissions: browser === 'firefox' ? [] : ['sidePanel'],
    action: { default_title: 'Asystent ePUAP' },
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
