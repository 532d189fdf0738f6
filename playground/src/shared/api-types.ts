/** Types of `window.__playground` (see api.ts), also read by the e2e tests and the demo. */
export interface Submission {
  id: string;
  text: string;
  /** Text of the post or comment being answered, when the editor is a reply field. */
  replyingTo?: string;
}

export interface PlaygroundApi {
  text(id: string): string | undefined;
  ids(): string[];
  submitted(): Submission[];
}

declare global {
  interface Window {
    __playground: PlaygroundApi;
  }
}
