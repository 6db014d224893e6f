/**
 * Step 7: the e-mail that hands the certificate from PCCE Sigillum over to the platform coordinator.
 * The p12 password never goes into it: the draft says it will come by another channel.
 */

import { municipalityName } from '../profile/name';
import type { ProfileFields } from '../profile/schema';
import { HANDOVER } from './application-texts';

export interface HandoverOptions {
  /** The platform coordinator's address (the seed names koordynator@e-instytucja.pl). */
  coordinatorEmail?: string;
}

export interface EmailDraft {
  to: string;
  subject: string;
  body: string;
  /** mailto: link opening the draft in the user's mail program (attachments must be added by hand). */
  mailto: string;
  /** The three files to attach, for a checklist next to the draft. */
  attachments: readonly string[];
  /** Shown beside the draft: how to pass the p12 password. */
  passwordAdvice: string;
}

/** RFC 6068 mailto: with CRLF line breaks, as mail programs expect. */
export function mailtoLink(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}

export function handoverEmailDraft(profile: ProfileFields, options: HandoverOptions = {}): EmailDraft {
  const to = (options.coordinatorEmail ?? '').trim() || HANDOVER.defaultCoordinatorEmail;
  const name = municipalityName(profile);
  const domain = profile.platformDomain.trim() || 'eurzad.…';
  const signature = [
    profile.officeName.trim() || profile.municipality.trim(),
    profile.email.trim(),
    profile.phone.trim() ? `tel. ${profile.phone.trim()}` : '',
  ].filter(Boolean);
  const subject = HANDOVER.subject(name, domain);
  const body = HANDOVER.body({ name, domain, attachments: HANDOVER.attachments, signature });
  return {
    to,
    subject,
    body,
    mailto: mailtoLink(to, subject, body),
    attachments: HANDOVER.attachments,
    passwordAdvice: HANDOVER.passwordAdvice,
  };
}
