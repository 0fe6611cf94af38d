/**
 * The page's insights recorder: the coach's reports and events become counts (src/insights/recorder), sent to
 * the background, which alone writes them. Pending counts go out when the page is hidden or left, so closing a
 * tab right after a reply loses nothing.
 */
import { createDraftRecorder, type DraftRecorder } from '../insights/recorder';
import { sendToBackground } from '../messages';

export function startInsightsRecorder(doc: Document, signal: AbortSignal): DraftRecorder {
  const recorder = createDraftRecorder({
    send(delta) {
      // the extension reloaded under this page ("context invalidated"): its counts have nowhere to go
      try {
        sendToBackground({ kind: 'record-insights', delta }).catch(() => undefined);
      } catch {
        /* nothing to do */
      }
    },
  });
  doc.addEventListener('visibilitychange', () => doc.visibilityState === 'hidden' && recorder.flush(), { signal });
  doc.defaultView?.addEventListener('pagehide', () => recorder.flush(), { signal });
  signal.addEventListener('abort', () => recorder.flush());
  return recorder;
}
