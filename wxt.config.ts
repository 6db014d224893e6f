import { defineConfig } from 'wxt';

// Chrome MV3 first; `wxt build -b firefox` makes the Firefox build from the same source.
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Asystent ePUAP',
    description: 'Prowadzi gminę przez uzyskanie certyfikatu integracji z ePUAP: dane JST, pismo do MC, formularz MC.',
    // Every permission is a visible decision: test/e2e/manifest.spec.ts asserts this exact list.
    permissions: ['sidePanel'],
    action: { default_title: 'Asystent ePUAP' },
  },
});
