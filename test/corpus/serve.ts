// Serving a variant's files under its base URL (Playwright's context.route), shared by the checks and the benchmark.

import type { BrowserContext, Route } from '@playwright/test';
import { baseUrl } from './index';
import type { CorpusVariant } from './types';

const HOSTS = /^https:\/\/(epuap\.gov\.pl|formularz\.mc\.gov\.pl)\//;

/** Routes the two corpus hosts: the variant's files under its base URL, 404 for everything else there. */
export async function serveVariant(context: BrowserContext, v: CorpusVariant): Promise<string> {
  const base = baseUrl(v);
  await context.route(HOSTS, (route: Route) => {
    const url = route.request().url();
    const path = url.startsWith(base) ? url.slice(base.length).split(/[?#]/)[0] || 'index.html' : undefined;
    const body = path === undefined ? undefined : v.files[path];
    if (body === undefined)
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Nie znaleziono' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return `${base}index.html`;
}
