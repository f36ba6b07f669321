// United Kingdom, Germany, France and the Netherlands: local street names written the local way, the
// cities' postcodes and area codes, mobile ranges. No province: addresses there name none.
import type { Country } from "./place-types";

export const UNITED_KINGDOM: Country = {
  code: "GB",
  currency: "GBP",
  weight: 8,
  callingCode: "44",
  mobiles: ["74########", "75########", "77########", "78########", "79########"],
  mobileShare: 0.6,
  // Inward codes: a digit and two letters (C I K M O V unused).
  postcodeLetters: "ABDEFGHJLNPQRSTUWXYZ",
  streets: [
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "King Street",
    "Queen Street",
    "Mill Lane",
    "Park Road",
    "Manor Road",
    "London Road",
    "Green Lane",
    "The Crescent",
  ],
  numberFirst: true,
  houseNumbers: [1, 220],
  address2: ["Flat #", "Flat ##", "Flat #@"],
  address2Share: 0.2,
  places: [
    {
      city: "London",
      province: null,
      postcodes: ["SW1A #@@", "EC1A #@@", "N1 #@@", "SE1 #@@", "W1D #@@", "E2 #@@"],
      landlines: ["207#######", "208#######"],
    },
    {
      city: "Manchester",
      province: null,
      postcodes: ["M1 #@@", "M4 #@@", "M20 #@@"],
      landlines: ["161%######"],
    },
    {
      city: "Birmingham",
      province: null,
      postcodes: ["B1 #@@", "B15 #@@", "B13 #@@"],
      landlines: ["121%######"],
    },
    { city: "Leeds", province: null, postcodes: ["LS1 #@@", "LS6 #@@"], landlines: ["113%######"] },
    {
      city: "Edinburgh",
      province: null,
      postcodes: ["EH1 #@@", "EH3 #@@", "EH10 #@@"],
      landlines: ["131%######"],
    },
    {
      city: "Bristol",
      province: null,
      postcodes: ["BS1 #@@", "BS8 #@@", "BS6 #@@"],
      landlines: ["117%######"],
    },
  ],
};

export const GERMANY: Country = {
  code: "DE",
  currency: "EUR",
  weight: 4,
  callingCode: "49",
  mobiles: ["151########", "160#######", "170#######", "176########"],
  mobileShare: 0.6,
  postcodeLetters: "",
  streets: [
    "Bahnhofstraße",
    "Hauptstraße",
    "Schulstraße",
    "Gartenstraße",
    "Bergstraße",
    "Lindenstraße",
    "Goethestraße",
    "Schillerstraße",
    "Kirchstraße",
    "Am Markt",
  ],
  numberFirst: false,
  houseNumbers: [1, 140],
  address2: ["#. OG", "Hinterhaus", "c/o Büro"],
  address2Share: 0.1,
  places: [
    {
      city: "Berlin",
      province: null,
      postcodes: ["101##", "104##", "109##", "120##"],
      landlines: ["30%#######"],
    },
    { city: "München", province: null, postcodes: ["803##", "804##", "806##"], landlines: ["89%#######"] },
    { city: "Hamburg", province: null, postcodes: ["200##", "203##", "221##"], landlines: ["40%#######"] },
    { city: "Köln", province: null, postcodes: ["506##", "509##", "510##"], landlines: ["221%######"] },
    {
      city: "Frankfurt am Main",
      province: null,
      postcodes: ["603##", "604##", "605##"],
      landlines: ["69%#######"],
    },
  ],
};

const arrondissements = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index + 1).padStart(2, "0")}`);

export const FRANCE: Country = {
  code: "FR",
  currency: "EUR",
  weight: 3,
  callingCode: "33",
  mobiles: ["6########", "7########"],
  mobileShare: 0.7,
  postcodeLetters: "",
  streets: [
    "rue de la République",
    "rue Victor Hugo",
    "avenue Jean Jaurès",
    "rue Pasteur",
    "boulevard Gambetta",
    "rue du Général Leclerc",
    "rue de la Paix",
    "rue des Écoles",
    "avenue de la Gare",
    "place de la Mairie",
  ],
  numberFirst: true,
  houseNumbers: [1, 180],
  address2: ["Appartement ##", "Bâtiment @", "#e étage"],
  address2Share: 0.2,
  places: [
    { city: "Paris", province: null, postcodes: arrondissements("750", 20), landlines: ["1########"] },
    { city: "Lyon", province: null, postcodes: arrondissements("690", 9), landlines: ["4########"] },
    { city: "Marseille", province: null, postcodes: arrondissements("130", 16), landlines: ["4########"] },
    {
      city: "Toulouse",
      province: null,
      postcodes: ["31000", "31100", "31200", "31300", "31400", "31500"],
      landlines: ["5########"],
    },
    {
      city: "Bordeaux",
      province: null,
      postcodes: ["33000", "33100", "33200", "33300", "33800"],
      landlines: ["5########"],
    },
  ],
};

// Postcodes: four digits and two letters; a house number's addition is written after the number.
export const NETHERLANDS: Country = {
  code: "NL",
  currency: "EUR",
  weight: 2,
  callingCode: "31",
  mobiles: ["6########"],
  mobileShare: 0.7,
  postcodeLetters: "ABCEGHJKLMNPRTVWXZ",
  streets: [
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsweg",
    "Schoolstraat",
    "Nieuwstraat",
    "Julianastraat",
    "Beatrixlaan",
    "Wilhelminastraat",
    "Emmalaan",
  ],
  numberFirst: false,
  houseNumbers: [1, 240],
  address2: [],
  address2Share: 0,
  places: [
    {
      city: "Amsterdam",
      province: null,
      postcodes: ["101# @@", "105# @@", "107# @@"],
      landlines: ["20%######"],
    },
    {
      city: "Rotterdam",
      province: null,
      postcodes: ["301# @@", "303# @@", "306# @@"],
      landlines: ["10%######"],
    },
    {
      city: "Den Haag",
      province: null,
      postcodes: ["251# @@", "256# @@", "258# @@"],
      landlines: ["70%######"],
    },
    {
      city: "Utrecht",
      province: null,
      postcodes: ["351# @@", "352# @@", "356# @@"],
      landlines: ["30%######"],
    },
    {
      city: "Eindhoven",
      province: null,
      postcodes: ["561# @@", "562# @@", "564# @@"],
      landlines: ["40%######"],
    },
  ],
};
