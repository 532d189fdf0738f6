/** Light or dark, from the site's own background colour (the sites theme themselves, not the OS). */
export function isDarkColor(color: string): boolean | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => parseFloat(v!) / 255) as [number, number, number];
  // Relative luminance (sRGB, close enough for a light/dark decision).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Walks up from `element` to the first opaque background. */
export function themeAround(element: Element, view: Pick<Window, 'getComputedStyle'> = window): 'light' | 'dark' {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const dark = isDarkColor(view.getComputedStyle(node).backgroundColor);
    if (dark !== undefined) return dark ? 'dark' : 'light';
  }
  const root = element.ownerDocument.body ?? element.ownerDocument.documentElement;
  const dark = root ? isDarkColor(view.getComputedStyle(root).backgroundColor) : undefined;
  return dark ? 'dark' : 'light';
}
