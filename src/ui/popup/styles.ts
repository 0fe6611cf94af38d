export const POPUP_STYLES = `
  :root { color-scheme: light; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #202124; }
  body { margin: 0; }
  .popup { width: 300px; padding: 14px 16px 16px; }
  h1 { font-size: 15px; margin: 0 0 10px; }
  h2 { font-size: 13px; font-weight: 600; margin: 0 0 8px; overflow-wrap: anywhere; }
  .switch { display: flex; gap: 8px; align-items: center; cursor: pointer; }
  .switch input { width: 18px; height: 18px; margin: 0; accent-color: #1a73e8; }
  .switch input:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
  .muted { color: #5f6368; font-size: 12px; margin: 8px 0 0; }
  .problem { color: #b3261e; font-size: 12px; margin: 8px 0 0; }
  section + section { margin-top: 14px; padding-top: 10px; border-top: 1px solid #e0e0e0; }
  .draft { margin-top: 10px; padding: 8px 10px; background: #f1f3f4; border-radius: 6px; font-size: 13px; }
  .draft p { margin: 0; }
  .draft p + p { margin-top: 4px; }
  .counts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 6px; margin: 0; }
  .counts div { text-align: center; }
  .counts dt { color: #5f6368; font-size: 11px; }
  .counts dd { margin: 0; font-size: 18px; font-weight: 600; }
  .footer { margin: 14px 0 0; font-size: 13px; }
  a { color: #1a0dab; }
  a:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
`;
