/**
 * Finds which of many phrases (runs of words) occur in a text, in one pass
 * over the text whatever the number of phrases: an Aho–Corasick automaton
 * over word ids. Words that are in no phrase reset the automaton at once, so
 * scanning a large page costs a map look-up per word.
 */
export class PhraseMatcher<T extends { tokens: readonly string[] }> {
  private readonly ids = new Map<string, number>();
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Phrases ending at a node. */
  private readonly out: T[][] = [[]];
  /** The nearest node along the failure links that ends a phrase. */
  private readonly dict: number[] = [0];

  constructor(phrases: readonly T[]) {
    for (const phrase of phrases) {
      if (phrase.tokens.length === 0) continue;
      let node = 0;
      for (const token of phrase.tokens) {
        let id = this.ids.get(token);
        if (id === undefined) this.ids.set(token, (id = this.ids.size));
        let next = this.children[node]!.get(id);
        if (next === undefined) {
          next = this.children.length;
          this.children.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.dict.push(0);
          this.children[node]!.set(id, next);
        }
        node = next;
      }
      this.out[node]!.push(phrase);
    }
    // Breadth first: a node's failure link points at a shallower node, already linked.
    const queue: number[] = [...this.children[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [id, child] of this.children[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.children[f]!.has(id)) f = this.fail[f]!;
        const target = this.children[f]!.get(id);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.dict[child] = this.out[this.fail[child]!]!.length > 0 ? this.fail[child]! : this.dict[this.fail[child]!]!;
        queue.push(child);
      }
    }
  }

  /** Every phrase that occurs in the words, each once. */
  find(words: readonly string[], found: Set<T> = new Set()): Set<T> {
    this.each(words, (phrase) => found.add(phrase));
    return found;
  }

  /**
   * Calls `onMatch` for every occurrence of every phrase, with the index of
   * the occurrence's first word (its last is `start + phrase.tokens.length - 1`).
   */
  each(words: readonly string[], onMatch: (phrase: T, start: number) => void): void {
    let node = 0;
    for (let i = 0; i < words.length; i++) {
      const id = this.ids.get(words[i]!);
      if (id === undefined) {
        node = 0;
        continue;
      }
      while (node !== 0 && !this.children[node]!.has(id)) node = this.fail[node]!;
      node = this.children[node]!.get(id) ?? 0;
      for (let at = this.out[node]!.length > 0 ? node : this.dict[node]!; at !== 0; at = this.dict[at]!) {
        for (const phrase of this.out[at]!) onMatch(phrase, i - phrase.tokens.length + 1);
      }
    }
  }
}
