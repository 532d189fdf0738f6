/**
 * Styles of the overlay and the tone chip, inside their shadow roots (the host page's CSS cannot
 * reach in, ours cannot leak out). `data-theme` on the panel follows the site's own background.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.panel, .chip {
  --bg: #ffffff; --fg: #1c1e21; --muted: #5b6470; --line: #d9dde3; --accent: #1d6fd8;
  --error: #c62828; --warning: #a35b00; --info: #2f6d9e; --ok: #2e7d32; --shadow: 0 4px 16px rgba(0,0,0,.14);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: var(--shadow); box-sizing: border-box;
}
[data-theme="dark"] {
  --bg: #1f2328; --fg: #e8eaed; --muted: #a8b0ba; --line: #3a4048; --accent: #6aa9ff;
  --error: #ff8a80; --warning: #ffc266; --info: #8cc4ff; --ok: #8fd694; --shadow: 0 4px 16px rgba(0,0,0,.5);
}
* { box-sizing: border-box; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
[hidden] { display: none !important; }
.panel { width: 300px; max-height: min(70vh, 520px); display: flex; flex-direction: column; overflow: hidden; }
.panel[data-collapsed="true"] { width: auto; border-radius: 999px; }
.head { display: flex; align-items: center; gap: 8px; padding: 6px 8px 6px 10px; }
.toggle { display: flex; align-items: center; gap: 6px; border: 0; background: none; padding: 2px 4px; border-radius: 6px; flex: 1; text-align: left; }
.brand { font-weight: 600; }
.thread-pos { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.badges { display: inline-flex; gap: 4px; }
.badge { min-width: 18px; padding: 0 5px; border-radius: 9px; font-size: 11px; font-weight: 600; text-align: center; color: var(--bg); }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.badge.clear { background: var(--ok); }
.body { overflow: auto; padding: 0 10px 10px; border-top: 1px solid var(--line); }
.plan { color: var(--muted); font-size: 12px; margin: 6px 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.example { color: var(--muted); font-size: 12px; margin: 8px 0 0; }
.link { border: none; background: none; padding: 0; color: var(--accent); font: inherit; text-decoration: underline; cursor: pointer; }
.link:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.counters { display: grid; grid-template-columns: repeat(4, 1fr); gap: 4px; margin: 6px 0 8px; padding: 0; }
.counter { display: flex; flex-direction: column; align-items: center; padding: 4px 2px; border-radius: 6px; background: color-mix(in srgb, var(--fg) 5%, transparent); }
.counter dt { font-size: 10px; color: var(--muted); text-align: center; }
.counter dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.counter.over dd { color: var(--error); }
h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; margin: 8px 0 4px; color: var(--muted); }
ul { list-style: none; margin: 0; padding: 0; }
.finding { display: flex; gap: 6px; align-items: flex-start; padding: 5px 0; border-top: 1px solid var(--line); }
.finding:first-child { border-top: 0; }
.dot { flex: none; width: 8px; height: 8px; margin-top: 5px; border-radius: 50%; }
.finding[data-severity="error"] .dot { background: var(--error); }
.finding[data-severity="warning"] .dot { background: var(--warning); }
.finding[data-severity="info"] .dot { background: var(--info); }
/* Forced colours drop backgrounds: the dots keep theirs, or severity would show nowhere (QA24). */
@media (forced-colors: active) { .dot { forced-color-adjust: none; } }
.msg { flex: 1; overflow-wrap: anywhere; }
.fix { flex: none; border: 1px solid var(--accent); color: var(--accent); background: none; border-radius: 6px; padding: 1px 8px; font-size: 12px; }
.fix:hover { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.fix-all-row { display: flex; justify-content: flex-end; margin: 4px 0 0; padding-top: 6px; border-top: 1px solid var(--line); }
.fix-all { font-weight: 600; }
.clear-msg { color: var(--ok); margin: 6px 0 0; }
.notice { color: var(--error); font-size: 12px; margin: 6px 0 0; }
.chip { border-radius: 999px; display: inline-flex; flex-direction: column; max-width: min(320px, calc(100vw - 16px)); }
.chip[data-expanded="true"] { border-radius: 10px; width: 300px; }
.chip-face { display: inline-flex; align-items: center; gap: 5px; border: 0; background: none; padding: 3px 10px; border-radius: 999px; font-size: 12px; text-align: start; white-space: nowrap; max-width: 100%; }
.chip-icon { font-size: 11px; }
.chip[data-level="ok"] .chip-icon { color: var(--ok); }
.chip[data-level="warn"] .chip-icon { color: var(--warning); }
.chip[data-level="bad"] .chip-icon { color: var(--error); }
.chip[data-level="bad"] { border-color: var(--error); }
.chip[data-level="warn"] { border-color: var(--warning); }
/* In a narrow window the closed face stays one line: the alert is cut short, never stacked word
   by word. Open, the chip is 300 px wide and the face wraps: its alert is then read in full. */
.alert { font-weight: 600; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
/* Open, the face is one line of text that wraps as text does ("⚠ Mocking · You are answering a
   complaint"), not three flex columns, the last one squeezed into two lines beside the first. */
.chip[data-expanded="true"] .chip-face { white-space: normal; display: block; width: 100%; }
.chip[data-expanded="true"] .chip-face > span { margin-inline-end: 5px; }
.hints { padding: 0 10px 10px; border-top: 1px solid var(--line); max-height: 50vh; overflow: auto; }
.context { margin: 8px 0 4px; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.context-label { font-weight: 600; }
.escalation { margin: 2px 0 0; color: var(--muted); }
.templates li { display: flex; gap: 6px; align-items: center; justify-content: space-between; padding: 3px 0; }
.template-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;
