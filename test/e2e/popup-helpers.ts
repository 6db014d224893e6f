// The shared e2e set-up lives in ./setup.ts. This re-export stays only while bench/content-script.ts
// imports fillProfileForm from here; delete it when that import points to '../test/e2e/setup'.
export { fillProfileForm } from './setup';
