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
