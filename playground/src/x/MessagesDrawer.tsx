/**
 * The Messages drawer x.com keeps at the bottom right of the home timeline: collapsed, a bar;
 * opened, a conversation with a DM composer. The composer is the same Draft.js editor as the post
 * box, but with data-testid="dmComposerTextInput" (x.com's DM composer). Brandline must stay out of
 * it: a DM is neither a post nor a public reply.
 */
import { useRef, useState } from 'react';
import type { EditorHandle } from '../shared/editor-handle';
import { DraftBox } from './DraftBox';

interface Props {
  title: string;
  placeholder: string;
}

export function MessagesDrawer({ title, placeholder }: Props) {
  const [open, setOpen] = useState(false);
  const editor = useRef<EditorHandle>(null);
  return (
    <aside data-testid="DMDrawer" className="x-dm-drawer" aria-label={title}>
      <button type="button" data-testid="DMDrawerHeader" aria-expanded={open} className="x-dm-header" onClick={() => setOpen(!open)}>
        {title}
      </button>
      {open && (
        <div className="x-dm-body">
          <p className="x-dm-message">Hei! Is the Polar Roast back in stock?</p>
          <div data-testid="DmActivityContainer" className="x-dm-composer">
            <DraftBox ref={editor} id="x-dm" placeholder={placeholder} ariaLabel={placeholder} testId="dmComposerTextInput"
              onTextChange={() => undefined} onSubmitShortcut={() => editor.current?.clear()} />
          </div>
        </div>
      )}
    </aside>
  );
}
