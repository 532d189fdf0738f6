/**
 * Sums and ratios that know the difference between "no data" and zero (SPEC section 5:
 * absent is not zero; a ratio sums numerator and denominator over the records having both;
 * division by zero gives absent).
 */

export class Sum {
  total = 0;
  count = 0;
  add(value: number | undefined): void {
    if (value === undefined) return;
    this.total += value;
    this.count += 1;
  }
  get value(): number | undefined {
    return this.count > 0 ? this.total : undefined;
  }
}

export class Ratio {
  numerator = 0;
  denominator = 0;
  count = 0;
  add(numerator: number | undefined, denominator: number | undefined): void {
    if (numerator === undefined || denominator === undefined) return;
    this.numerator += numerator;
    this.denominator += denominator;
    this.count += 1;
  }
  get value(): number | undefined {
    return this.count > 0 && this.denominator !== 0 ? this.numerator / this.denominator : undefined;
  }
}

export function sumDefined(values: (number | undefined)[]): number | undefined {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === undefined) continue;
    total += v;
    any = true;
  }
  return any ? total : undefined;
}
