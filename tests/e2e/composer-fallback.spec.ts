/**
 * Editors that ignore execCommand get the fix through a second path, a paste carrying the
 * replacement (apply-edit.ts pasteFallback). That paste is Brandline's own: the hold for pastes
 * arriving during a fix must let it through (review 22: every fallback fix was held and lost).
 */
import { applyFixFor, editorOf, modelText, rulesAfterCheck } from './composer-helpers';
import { expect, test } from './fixtures';
import { EDITORS, SITES } from './sites';

test('facebook post: a fix goes in through the paste fallback when the editor undoes execCommand', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(SITES.facebook.compose);
  await editorOf(page, EDITORS.facebook.post).click();
  await page.keyboard.type('Cheap cups', { delay: 8 });
  await rulesAfterCheck(page, 'brandline-overlay', 10);
  // From here the editor takes back the first insertion (as editors the fallback exists for do).
  await page.evaluate((id) => {
    const element = document.querySelector(`[data-playground-editor="${id}"] [contenteditable="true"]`) as HTMLElement & { __lexicalEditor: { getEditorState(): unknown; setEditorState(state: unknown): void } };
    const editor = element.__lexicalEditor;
    const saved = editor.getEditorState();
    let armed = true;
    window.addEventListener(
      'input',
      () => {
        if (!armed) return;
        armed = false;
        setTimeout(() => editor.setEditorState(saved), 0);
      },
      { capture: true },
    );
  }, EDITORS.facebook.post);
  await applyFixFor(page, 'brandline-overlay', 'terms.banned');
  await expect.poll(() => modelText(page, EDITORS.facebook.post)).toBe('Good value cups');
});
