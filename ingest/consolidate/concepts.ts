/**
 * One display name and a list of aliases per concept key, from every form the corpus wrote it in: the
 * most frequent form names the concept; the others (acronyms, plurals, other casings) are its aliases.
 */
const MAX_ALIASES = 12;

export class Concepts {
  private readonly forms = new Map<string, Map<string, number>>();

  /** Records that `key` was written as `name` (its naming form) and `surface` (the words in the text). */
  see(key: string, name: string, surface: string): void {
    const forms = this.forms.get(key) ?? new Map<string, number>();
    forms.set(name, (forms.get(name) ?? 0) + 2);
    if (surface !== name) forms.set(surface, (forms.get(surface) ?? 0) + 1);
    this.forms.set(key, forms);
  }

  private ranked(key: string): string[] {
    const forms = [...(this.forms.get(key) ?? [])];
    // Most frequent first; on a tie the form with capitals (a name as its authors write it), then the longer.
    return forms
      .sort(
        (a, b) =>
          b[1] - a[1] ||
          Number(/\p{Lu}/u.test(b[0])) - Number(/\p{Lu}/u.test(a[0])) ||
          b[0].length - a[0].length,
      )
      .map(([form]) => form);
  }

  nameOf(key: string): string {
    return this.ranked(key)[0] ?? key.slice(key.indexOf(':') + 1);
  }

  aliasesOf(key: string): string[] {
    const [name, ...others] = this.ranked(key);
    const seen = new Set([name]);
    const aliases: string[] = [];
    for (const form of others) {
      if (seen.has(form)) continue;
      seen.add(form);
      aliases.push(form);
    }
    return aliases.slice(0, MAX_ALIASES);
  }
}
