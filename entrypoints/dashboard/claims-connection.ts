import { claimMessages } from '../../core/messages/claims';
import { createClient } from '../../core/messages/protocol';
import { supportMessages } from '../../core/messages/support';
import { transport } from './connection';

// The Claims tab's messages to the background, in the tab's own chunk: their checks are built
// only when the tab is first opened.

/** The Claims tab's writes, and the contact-Support prefill it asks for. */
export const sendClaims = createClient(transport, claimMessages);
export const sendSupport = createClient(transport, supportMessages);
