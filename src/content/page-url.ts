/** The page the agent is on: for an editor's about:blank or srcdoc frame (TinyMCE), the page around it. */
export function pageUrl(win: Window = window): string {
  try {
    if (win.top && win.top !== win) return win.top.location.href;
  } catch {
    // a cross-origin parent: its origin is all the frame may know
    const origins = win.location.ancestorOrigins;
    if (origins?.length) return `${origins[origins.length - 1]}/`;
  }
  return win.location.href;
}
