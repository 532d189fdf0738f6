// twemoji-parser (a dependency of twitter-text, whose emoji counting it does) ships no types.
declare module 'twemoji-parser' {
  export interface EmojiEntity {
    text: string;
    /** UTF-16 start and end of the emoji. */
    indices: [number, number];
    url: string;
    type: string;
  }
  export function parse(text: string, options?: { assetType?: 'png' | 'svg'; buildUrl?: (codepoints: string, assetType: string) => string }): EmojiEntity[];
}
