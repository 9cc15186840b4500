/** A name reduced to a comparison key: no accents, no punctuation, no leading article, lower case. */
export function nameKey(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’'`´]/g, '')
      .replace(/&/g, ' and ')
      .replace(/\*/g, ' ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      // "The", and in French and Spanish names "la", "le", "les", "el", "los", "las".
      .replace(/^(?:the|la|le|les|el|los|las) /, '')
      .replace(/ the$/, '')
  );
}

/** The key without spaces: "Cote d Ivoire" and "Côte d’Ivoire" meet here. */
export function compactKey(key: string): string {
  return key.replace(/ /g, '');
}
