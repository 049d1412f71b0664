import { useId, type ReactNode } from 'react';

interface Props<S extends string> {
  /** What is sorted, e.g. "Sort actions by": each list's control has a name of its own. */
  label: string;
  value: S;
  /** The list's sorts (the API's enum) and their words, in the order they are offered. */
  options: readonly { readonly value: S; readonly label: string }[];
  onChange: (value: S) => void;
}

/**
 * The order of a paged list, chosen by the reader: a labelled select. The server sorts (each sort
 * pages by its own cursor), so a change starts the list again from its first page.
 */
export function SortSelect<S extends string>({ label, value, options, onChange }: Props<S>): ReactNode {
  const id = useId();
  return (
    <div className="field sort-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="compact" value={value} onChange={(event) => onChange(event.target.value as S)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
