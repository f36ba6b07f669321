// Names, streets and places the seed draws from. Varied enough that lists look like a real store.

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

export const STREETS = list(`
  Main St, Oak Ave, Maple Dr, Cedar Ln, Pine St, Elm St, Washington Ave, Lake Rd, Hillcrest Dr,
  Park Ave, Sunset Blvd, Highland Ave, River Rd, Church St, Mill Ln, High St, Station Rd,
  Victoria Rd, King St, Queen St, Bahnhofstraße, Rue de la Paix, Kerkstraat, George St, Collins St,
  Granville St, Yonge St, Harbour View Rd
`);

export const COMPANIES = list(`
  Acme Corp, Globex, Initech, Umbrella Ltd, Stark Industries, Wayne Enterprises
`);

export interface Place {
  city: string;
  province: string | null;
  zip: string;
}

export interface Country {
  code: string;
  currency: string;
  phonePrefix: string;
  weight: number;
  places: readonly Place[];
}

export const COUNTRIES: readonly Country[] = [
  {
    code: "US",
    currency: "USD",
    phonePrefix: "+1",
    weight: 70,
    places: [
      { city: "New York", province: "New York", zip: "10001" },
      { city: "Brooklyn", province: "New York", zip: "11201" },
      { city: "Los Angeles", province: "California", zip: "90012" },
      { city: "San Francisco", province: "California", zip: "94103" },
      { city: "San Diego", province: "California", zip: "92101" },
      { city: "Chicago", province: "Illinois", zip: "60601" },
      { city: "Houston", province: "Texas", zip: "77002" },
      { city: "Austin", province: "Texas", zip: "78701" },
      { city: "Phoenix", province: "Arizona", zip: "85004" },
      { city: "Philadelphia", province: "Pennsylvania", zip: "19103" },
      { city: "Seattle", province: "Washington", zip: "98101" },
      { city: "Portland", province: "Oregon", zip: "97205" },
      { city: "Denver", province: "Colorado", zip: "80202" },
      { city: "Miami", province: "Florida", zip: "33130" },
      { city: "Atlanta", province: "Georgia", zip: "30303" },
      { city: "Boston", province: "Massachusetts", zip: "02108" },
      { city: "Nashville", province: "Tennessee", zip: "37203" },
      { city: "Minneapolis", province: "Minnesota", zip: "55401" },
      { city: "Salt Lake City", province: "Utah", zip: "84101" },
      { city: "Raleigh", province: "North Carolina", zip: "27601" },
    ],
  },
  {
    code: "CA",
    currency: "CAD",
    phonePrefix: "+1",
    weight: 8,
    places: [
      { city: "Toronto", province: "Ontario", zip: "M5V 2T6" },
      { city: "Vancouver", province: "British Columbia", zip: "V6B 1A1" },
      { city: "Montréal", province: "Quebec", zip: "H2Y 1C6" },
      { city: "Calgary", province: "Alberta", zip: "T2P 1J9" },
    ],
  },
  {
    code: "GB",
    currency: "GBP",
    phonePrefix: "+44",
    weight: 8,
    places: [
      { city: "London", province: null, zip: "SW1A 1AA" },
      { city: "Manchester", province: null, zip: "M1 1AE" },
      { city: "Edinburgh", province: null, zip: "EH1 1YZ" },
      { city: "Bristol", province: null, zip: "BS1 4DJ" },
    ],
  },
  {
    code: "DE",
    currency: "EUR",
    phonePrefix: "+49",
    weight: 4,
    places: [
      { city: "Berlin", province: null, zip: "10115" },
      { city: "München", province: null, zip: "80331" },
      { city: "Hamburg", province: null, zip: "20095" },
    ],
  },
  {
    code: "FR",
    currency: "EUR",
    phonePrefix: "+33",
    weight: 3,
    places: [
      { city: "Paris", province: null, zip: "75001" },
      { city: "Lyon", province: null, zip: "69001" },
    ],
  },
  {
    code: "NL",
    currency: "EUR",
    phonePrefix: "+31",
    weight: 2,
    places: [{ city: "Amsterdam", province: null, zip: "1012 AB" }],
  },
  {
    code: "AU",
    currency: "AUD",
    phonePrefix: "+61",
    weight: 5,
    places: [
      { city: "Sydney", province: "New South Wales", zip: "2000" },
      { city: "Melbourne", province: "Victoria", zip: "3000" },
      { city: "Brisbane", province: "Queensland", zip: "4000" },
    ],
  },
];
