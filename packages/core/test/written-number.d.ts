/** `written-number` ships no types: the one call the number tests make. */
declare module 'written-number' {
  export default function writtenNumber(value: number, options?: { lang?: string }): string;
}
