// A person named by their relation to the writer: "My wife Adaeze", "ma fille Inès", "tu hermana
// Uxía", "mia sorella Carla", "meine Tochter Lena". Customers name the people around them by first
// name only, which no label announces; the possessive before the relation is what makes the next
// capitalized word a name and not a product ("Parfum femme Chanel", "déguisement père Noël").

const POSSESSIVES = [
  ...['my', 'his', 'her', 'our', 'their', 'your'],
  ...['mon', 'ma', 'son', 'sa', 'notre', 'votre', 'leur', 'ton', 'ta'],
  ...['mi', 'tu', 'su', 'nuestra', 'nuestro', 'vuestra', 'vuestro'],
  ...['mia', 'mio', 'tua', 'tuo', 'sua', 'suo', 'nostra', 'nostro', 'vostra', 'vostro'],
  ...[
    'mein',
    'meine',
    'meiner',
    'meinem',
    'meinen',
    'unser',
    'unsere',
    'unserer',
    'seine',
    'ihre',
    'ihrer',
    'deine',
  ],
];
const RELATIONS = [
  ...['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'mother', 'father', 'mum', 'mom', 'dad'],
  ...['niece', 'nephew', 'grandmother', 'grandfather', 'grandma', 'grandpa', 'granddaughter', 'grandson'],
  ...['cousin', 'neighbour', 'neighbor', 'girlfriend', 'boyfriend', 'fiancée', 'fiancé', 'partner'],
  ...['femme', 'mari', 'fille', 'fils', 'sœur', 'soeur', 'frère', 'mère', 'père', 'nièce', 'neveu'],
  ...['cousine', 'voisin', 'voisine', 'épouse', 'époux', 'compagne', 'compagnon', 'belle-mère', 'beau-père'],
  ...['grand-mère', 'grand-père', 'petite-fille', 'petit-fils'],
  ...['esposa', 'esposo', 'marido', 'mujer', 'hija', 'hijo', 'hermana', 'hermano', 'madre', 'padre'],
  ...['sobrina', 'sobrino', 'prima', 'primo', 'vecina', 'vecino', 'abuela', 'abuelo', 'suegra', 'suegro'],
  ...['novia', 'novio', 'nieta', 'nieto'],
  ...['moglie', 'marito', 'figlia', 'figlio', 'sorella', 'fratello', 'nipote', 'cugina', 'cugino'],
  ...[
    'vicina',
    'vicino',
    'nonna',
    'nonno',
    'suocera',
    'suocero',
    'fidanzata',
    'fidanzato',
    'compagna',
    'compagno',
  ],
  ...['frau', 'mann', 'tochter', 'sohn', 'schwester', 'bruder', 'mutter', 'vater', 'nichte', 'neffe'],
  ...[
    'nachbarin',
    'nachbar',
    'oma',
    'opa',
    'freundin',
    'freund',
    'partnerin',
    'enkelin',
    'enkel',
    'schwiegermutter',
  ],
];

/** Either case for the first letter ("My wife", "Meine Tochter"); the rest as written. */
const anyFirstCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const byLength = (a: string, b: string) => b.length - a.length;
/** A first name, or a first name and a surname: capitalized, then lower case ("Inès", "Uxía"). */
const NAME = "\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?: \\p{Lu}\\p{Ll}[\\p{Ll}'’-]*)?";

/**
 * The relation (group 1, with its possessive) and the name (group 2), also set off by a comma
 * ("el de mi madre, Candelaria").
 */
export const RELATIVE_NAME = new RegExp(
  `(?<![\\p{L}])((?:${[...POSSESSIVES].sort(byLength).map(anyFirstCase).join('|')})\\s+(?:${[...RELATIONS]
    .sort(byLength)
    .map(anyFirstCase)
    .join('|')})(?:,\\s*|\\s+))(${NAME})(?![\\p{L}])`,
  'gu',
);
/** The same, for a cheap first look (not global: `test` keeps no position). */
export const MAY_NAME_RELATIVE = new RegExp(RELATIVE_NAME.source, 'u');
