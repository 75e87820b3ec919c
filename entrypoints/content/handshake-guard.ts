import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

// WXT's ContentScriptContext shuts itself down when a newer instance of the same content script
// announces itself: a CustomEvent `<extension id>:<script name>:wxt:content-script-started` on
// document whose detail names the script and another instance (WXT 0.21, listenForNewerScripts).
// A page can dispatch that event as well (a store extension's id and our script's name are
// public) and so switch MCF Desk off on that page. WXT offers no option to stop listening.
//
// A genuine newer instance only appears once the extension was updated or reloaded, which leaves
// every older instance without a runtime (`browser.runtime.id` undefined). So, while this instance
// still has its runtime, the event is stopped on window in the capture phase, before it reaches
// WXT's listener on document. An orphaned instance lets it through and is shut down as before.
// Not in development builds, where WXT reloads content scripts in place and needs the handshake.

/** Guards the context against a forged "content script started" event, for the context's life. */
export function guardScriptStartedEvent(ctx: ContentScriptContext, target: Window = window): void {
  target.addEventListener(
    scriptStartedEventName(),
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}

/** The event's name, as WXT builds it (a private static of ContentScriptContext). */
export function scriptStartedEventName(): string {
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  return typeof name === 'string'
    ? name
    : `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
}
