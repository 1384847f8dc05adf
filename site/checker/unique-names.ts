/**
 * Names for the files of one check, one each: the checker finds a file by its name, and a reader may drop two files
 * of the same name from different folders.
 */

/**
 * The names, with ` (2)`, ` (3)`… before the extension of a name already taken (so the format read from the
 * extension stays the same; a name that is only an extension, `.csv`, becomes `(2).csv`).
 *
 * @param names - the files' names, in order
 * @returns as many names, all different
 * @example
 * ```ts
 * uniqueNames(['a.csv', 'a.csv', 'b']); //=> ['a.csv', 'a (2).csv', 'b']
 * ```
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot >= 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    for (let n = 2; taken.has(candidate); n++) candidate = stem === '' ? `(${n})${extension}` : `${stem} (${n})${extension}`;
    taken.add(candidate);
    return candidate;
  });
}
