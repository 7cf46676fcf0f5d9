/**
 * Numbers as a Vietnamese clerk writes them – 1.150; 25,6; 97,50 % – the one
 * place a vi-VN formatter is built. Pure, so the screens, documents, messages
 * and the CLI write a number alike.
 */
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat("vi-VN", { minimumFractionDigits, maximumFractionDigits });
    formatters.set(key, made);
  }
  return made;
}

/** 1234.5 → "1.234,5"; at most `decimals` digits after the comma (2 unless said). */
export const formatNumber = (value: number, decimals = 2): string => formatter(0, decimals).format(value);

/** Exactly `decimals` digits after the comma: 97.5 → "97,50". */
export const formatFixed = (value: number, decimals: number): string => formatter(decimals, decimals).format(value);
