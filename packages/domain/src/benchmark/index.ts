// The benchmark's public face: the paper's figures as counts and the comparison of a response with them.
export * from './types.ts';
export { amorim2023Benchmark, BENCHMARKS, getBenchmark, getSeries } from './amorim-2023.ts';
export { percentOf, printedPercentDisagrees } from './percent.ts';
export { benchmarkPrevalence, formatSource } from './prevalence.ts';
export { compareWithBenchmark } from './compare.ts';
