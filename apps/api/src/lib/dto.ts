import type { Result, ResultComparison } from '@assay/domain';
import type { ResultComparisonDto, ResultDto } from '@assay/contracts';

// The domain's readonly types as the contracts' (mutable) DTO types. Only the readonly
// modifiers differ: the contracts' …InSync checks fail to compile if the shapes drift.

export function resultDto(result: Result): ResultDto {
  return result as ResultDto;
}

export function comparisonDto(comparison: ResultComparison): ResultComparisonDto {
  return comparison as ResultComparisonDto;
}
