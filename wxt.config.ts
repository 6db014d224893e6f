import path from 'node:path';
import { defineConfig } from 'wxt';

// "No network" enforced by the browser: extension pages load and connect to the extension's own files only.
// `wxt dev` alone also connects to its local server (reload), never a build.
const extensionCsp = (dev: boolean) =>
  `script-src 'self'; object-src 'self'; connect-src 'self'${dev ? ' http://localhost:* ws://localhost:*' : ''}`;

/** The always-on ePUAP script: built without the webextension polyfill (3 KB gzip) to stay small. */
const ALWAYS_ON = 'epuap';
const NATIVE_BROWSER = path.resolve('node_modules/wxt/dist/browser.mjs');

// Chrome MV3 first; `wxt build -b firefox` makes the Firefox build (sidebar instead of side panel)
// from the same source.
export default defineConfig({
  modules: ['@wxt-dev/module-solid', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The always-on script uses only promise-returning APIs both browsers have natively (runtime.connect,
    // runtime.sendMessage, and a synchronous sendResponse), so it takes WXT's plain `browser` instead.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.length || entrypoints.some((e) => e.name !== ALWAYS_ON)) return;
      const find = 'wxt/browser';
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) alias.unshift({ find, replacement: NATIVE_BROWSER });
      else config.resolve = { ...config.resolve, alias: { ...(alias ?? {}), [find]: NATIVE_BROWSER } };
      // Polish letters as UTF-8, not \u escapes: the script's texts are mostly Polish.
      config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
    },
  },
  manifest: ({ browser, command }) => ({
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
    // The one site granted at install: the ePUAP fill engine is injected there on the clerk's click
    // (lib/service/inject.ts), instead of loading on every ePUAP page.
    host_permissions: ['https://epuap.gov.pl/*'],
    // Firefox MV2 lists optional hosts among optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: 'Asystent ePUAP' },
    // README, "Who may ask the background what"; WXT writes it as MV2's string for Firefox.
    content_security_policy: { extension_pages: extensionCsp(command === 'serve') },
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
