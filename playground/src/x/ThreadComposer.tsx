import { createRef, useCallback, useRef, useState, type RefObject } from 'react';
import { recordSubmission } from '../shared/api';
import type { EditorHandle } from '../shared/editor-handle';
import { Toolbar } from './Composer';
import { DraftBox } from './DraftBox';

interface Props {
  placeholder: string;
  ariaLabel: string;
  labels: { post: string; postAll: string; addPost: string; removePost: string };
  onPosted(texts: string[]): void;
}

interface Box {
  key: number;
  editor: RefObject<EditorHandle>;
}

/**
 * The /compose/post dialog's thread composer: "Add post" (data-testid="addButton") adds another
 * Draft.js box under the first; x.com numbers their test ids tweetTextarea_0, _1, … in order (and
 * renumbers them when one is removed). "Post all" publishes every box as one thread.
 * Playground ids: "x-dialog" for the first box, "x-dialog-<n>" for the n-th one added.
 */
export function ThreadComposer(props: Props) {
  const nextKey = useRef(1);
  const [boxes, setBoxes] = useState<Box[]>(() => [{ key: 0, editor: createRef<EditorHandle>() }]);
  const [texts, setTexts] = useState<Record<number, string>>({});
  const [focusKey, setFocusKey] = useState(0);
  const { onPosted } = props;

  const add = () => {
    const key = nextKey.current++;
    setBoxes((list) => [...list, { key, editor: createRef<EditorHandle>() }]);
    setFocusKey(key);
  };
  const remove = (key: number) => setBoxes((list) => list.filter((box) => box.key !== key));
  const ready = boxes.every((box) => (texts[box.key] ?? '').trim() !== '');

  const submit = useCallback(() => {
    const posts = boxes.map((box) => box.editor.current?.text() ?? '');
    if (posts.some((text) => text.trim() === '')) return;
    boxes.forEach((box, index) => recordSubmission({ id: idOf(box.key), text: posts[index]! }));
    onPosted(posts);
  }, [boxes, onPosted]);

  return (
    <div className="x-thread">
      {boxes.map((box, index) => (
        <div key={box.key} className="x-composer">
          <div className="x-avatar x-avatar-brand" aria-hidden="true">N</div>
          <div className="x-composer-main">
            <label data-testid={`tweetTextarea_${index}_label`} className="x-editor-label">
              <DraftBox ref={box.editor} id={idOf(box.key)} testId={`tweetTextarea_${index}`} placeholder={props.placeholder}
                ariaLabel={props.ariaLabel} onTextChange={(text) => setTexts((all) => ({ ...all, [box.key]: text }))}
                onSubmitShortcut={submit} autoFocus={box.key === focusKey} />
            </label>
          </div>
          {index > 0 && (
            <button type="button" className="x-close" aria-label={props.labels.removePost} onClick={() => remove(box.key)}>✕</button>
          )}
        </div>
      ))}
      <div className="x-composer-bar x-thread-bar">
        <Toolbar>
          <button type="button" data-testid="addButton" className="x-add" aria-label={props.labels.addPost} onClick={add}>+</button>
        </Toolbar>
        <button type="button" data-testid="tweetButton" className="x-post-button" disabled={!ready} aria-disabled={!ready} onClick={submit}>
          {boxes.length > 1 ? props.labels.postAll : props.labels.post}
        </button>
      </div>
    </div>
  );
}

function idOf(key: number): string {
  return key === 0 ? 'x-dialog' : `x-dialog-${key}`;
}
