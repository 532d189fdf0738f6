/** What a page's buttons need from an editor component, whatever framework it is built on. */
export interface EditorHandle {
  /** The editor's model text (see api.ts for exactly what each framework gives). */
  text(): string;
  /** Empties the editor through its own API, as the sites do after a post is sent. */
  clear(): void;
  focus(): void;
}
