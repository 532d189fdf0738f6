/**
 * Keys inside the panel or the tone chip. Escape closes it and goes back to the editor, and stops
 * there: the sites close their composer dialogs on an Escape that reaches the document. Tab past
 * the last control (Shift+Tab before the first) also goes back to the editor: the panel is the last
 * thing in <body>, so the browser would otherwise move on to the top of the page.
 */
const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface PanelKeyActions {
  onEscape(): void;
  onReturn(): void;
}

export function onPanelKeyDown(event: KeyboardEvent, actions: PanelKeyActions): void {
  if (event.key === 'Escape') {
    event.stopPropagation();
    actions.onEscape();
    return;
  }
  if (event.key !== 'Tab') return;
  const root = event.currentTarget as HTMLElement;
  const controls = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden]'));
  const edge = event.shiftKey ? controls[0] : controls[controls.length - 1];
  if (edge === undefined || (root.getRootNode() as Document | ShadowRoot).activeElement !== edge) return;
  event.preventDefault();
  event.stopPropagation();
  actions.onReturn();
}
