/** Minimal flag parsing: `--name value` pairs, `--flag` booleans, the rest positional. */
export function parseArgs(args: string[], booleans: string[] = []) {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (booleans.includes(a.slice(2))) flags.set(a.slice(2), true);
    else flags.set(a.slice(2), args[++i] ?? '');
  }
  const str = (name: string) => {
    const v = flags.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  return { flags, positional, str };
}
