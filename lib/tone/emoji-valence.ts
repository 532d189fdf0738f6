// Valence of common emoji on VADER's −4..+4 scale, written for Brandline (not copied from any
// list). The npm VADER port ignores emoji; VADER itself maps them to their CLDR names and scores
// the words ("face with tears of joy"), which misreads several (😂 is laughter, not tears). Here
// each emoji carries one hand-set valence instead. Skin-tone modifiers and variation selectors
// are stripped before lookup, so 👍🏽 scores like 👍.
const GROUPS: [number, string][] = [
  [3.0, '😍 🥰 😘 😻 💯 🤩 ❤ 🧡 💛 💚 💙 💜 🤎 🖤 🤍 💕 💞 💓 💗 💖 💘 💝 😇 🥳 🎉 🎊 🏆 🥇 🙌'],
  [2.5, '😀 😃 😄 😁 😆 😂 🤣 😊 ☺ 😋 😎 🤗 😽 😸 😹 😺 👏 👍 💪 🙏 ✨ 🌟 ⭐ 🔥 ✅ 👌 🤝 💐 🌹 🌈 ☀ 🎁 🍾 🥂'],
  [1.5, '🙂 😉 😌 😗 😙 😚 😛 😜 😝 🤪 😏 🤑 🤠 😅 💋 👋 🤞 ✌ 🆒 🆗 🌞 🌸 🌺 🌻 🌼 🎈 🎶 🎵 ☕ 🍰 🎂 😺 💡 🚀'],
  [0.0, '🤔 😐 😑 😶 🙃 😮 😯 😲 😳 🤓 🧐 😴 😪 👀 🤷 🤦 🤐 🤫 🤭 ➡ ⬅ ⬆ ⬇ 📣 📢 📌 📍 🔗 👉 👈 👇 ☝'],
  [-1.5, '😕 🙁 ☹ 😟 😬 😓 😥 😔 🥺 😷 🤒 🤕 🤧 🥴 😵 😒 🙄 😤 ⚠ ❌ ❎ 🚫 ⛔ 👎 💤 😨 😰 😧 😦'],
  [-2.5, '😞 😣 😖 😫 😩 😢 😿 🙀 😱 💔 🤢 🤮 💩 🤡 🖕 👿 😈 💀 ☠ 🥵 🥶 🤯'],
  [-3.0, '😭 😠 😡 🤬 😾 👺 👹'],
];

export const EMOJI_VALENCE: ReadonlyMap<string, number> = new Map(
  GROUPS.flatMap(([valence, list]) => list.split(' ').map((e): [string, number] => [e, valence])),
);

/** Removes skin tones (U+1F3FB–U+1F3FF) and variation selectors so lookups see the base emoji. */
export function baseEmoji(grapheme: string): string {
  let out = '';
  for (const ch of grapheme) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0xfe0f || cp === 0xfe0e) continue;
    out += ch;
  }
  return out;
}
