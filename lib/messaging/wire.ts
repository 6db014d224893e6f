import { defineExtensionMessaging } from '@webext-core/messaging';
import type { WireProtocol } from '../messages';

const silent = { debug() {}, log() {}, warn() {}, error() {} };

/**
 * The one messenger of every hop: pages and content scripts → background, background → pages
 * (broadcasts), background → tab and mc.html → MC tab. It logs nothing: the MC fill message carries
 * the passwords.
 */
export const messenger = defineExtensionMessaging<WireProtocol>({ logger: silent });
