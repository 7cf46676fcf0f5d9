/** How many of a kind are missing, with the first few named. */
export interface Shortfall {
  count: number;
  examples: string[];
}

const EXAMPLES = 3;

export const shortfall = (items: string[]): Shortfall => ({ count: items.length, examples: items.slice(0, EXAMPLES) });
