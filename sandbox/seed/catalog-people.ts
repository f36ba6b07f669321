// Names, email domains and companies the seed draws from. Varied enough that lists look like a real
// store; where people live is in catalog-places.ts.

/** Comma-separated words → list; keeps the data compact under Prettier. */
function list(text: string): readonly string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

export const FIRST_NAMES = list(`
  Olivia, Liam, Emma, Noah, Ava, Oliver, Sophia, Elijah, Isabella, James, Mia, William, Amelia,
  Benjamin, Harper, Lucas, Evelyn, Henry, Abigail, Theodore, Emily, Jack, Ella, Levi, Elizabeth,
  Alexander, Camila, Jackson, Luna, Mateo, Sofia, Daniel, Avery, Michael, Mila, Mason, Aria,
  Sebastian, Scarlett, Ethan, Penelope, Logan, Layla, Owen, Chloe, Samuel, Victoria, Jacob, Madison,
  Asher, Eleanor, Aiden, Grace, John, Nora, Joseph, Riley, Wyatt, Zoey, David, Hannah, Leo, Hazel,
  Luke, Lily, Julian, Ellie, Hudson, Violet, Grayson, Lillian, Matthew, Zoe, Ezra, Stella, Gabriel,
  Aurora, Carter, Natalie, Isaac, Emilia, Jayden, Priya, Arjun, Mei, Hiroshi, Fatima, Omar, Chiara,
  Lukas, Ingrid, Sven, Aisha, Kwame, Siobhan, Niamh, Pierre, Amélie, Jürgen, Zoë, José, Björn, Anaïs
`);

export const LAST_NAMES = list(`
  Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez,
  Lopez, Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson,
  White, Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott,
  Torres, Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell, Mitchell,
  Carter, Roberts, O'Brien, O'Connor, Murphy, Kelly, Patel, Shah, Kim, Park, Chen, Wang, Tanaka,
  Sato, Müller, Schmidt, Schneider, Fischer, Dubois, Moreau, Laurent, Rossi, Russo, Bianchi,
  van der Berg, de Vries, Jansen, Novak, Kowalski, Andersson, Johansson, Larsen, Okafor, Mensah,
  Haddad, Khan, Singh, MacDonald, Fitzgerald, Byrne, Walsh, Hughes, Evans, Price, Cooper, Reed,
  Bailey, Bell
`);

export const EMAIL_DOMAINS = list(`
  gmail.com, yahoo.com, outlook.com, icloud.com, hotmail.com, proton.me, aol.com, fastmail.com,
  example.com, mail.com
`);

export const COMPANIES = list(`
  Acme Corp, Globex, Initech, Umbrella Ltd, Stark Industries, Wayne Enterprises
`);
