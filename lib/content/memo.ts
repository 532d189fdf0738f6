/**
 * Remembers the last call: the same arguments (compared with Object.is) give the same result
 * without running `fn` again. The overlay re-renders for many reasons (toggle, theme, placement)
 * while the text stays the same; counters and the tone summary only change with the text.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/**
 * Remembers the results for the last `size` distinct string keys (least recently used goes
 * first). The tone of a reply box is asked for two texts on every check: the draft, which changes,
 * and the comment being answered, which does not.
 */
export function memoRecent<R>(fn: (key: string) => R, size = 2): (key: string) => R {
  const recent = new Map<string, R>();
  return (key: string) => {
    if (recent.has(key)) {
      const result = recent.get(key)!;
      recent.delete(key);
      recent.set(key, result);
      return result;
    }
    const result = fn(key);
    recent.set(key, result);
    if (recent.size > size) recent.delete(recent.keys().next().value!);
    return result;
  };
}
