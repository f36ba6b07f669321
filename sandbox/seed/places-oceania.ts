// Australia: states by full name, four-digit postcodes of each capital, the state's area code.
import type { Country } from "./place-types";

export const AUSTRALIA: Country = {
  code: "AU",
  currency: "AUD",
  weight: 5,
  callingCode: "61",
  mobiles: ["4########"],
  mobileShare: 0.7,
  postcodeLetters: "",
  streets: [
    "George St",
    "Queen St",
    "King St",
    "Elizabeth St",
    "Victoria Rd",
    "Church St",
    "High St",
    "Bridge Rd",
    "Beach Rd",
    "Station St",
  ],
  numberFirst: true,
  houseNumbers: [1, 400],
  address2: ["Unit #", "Unit ##", "Level #"],
  address2Share: 0.2,
  places: [
    {
      city: "Sydney",
      province: "New South Wales",
      postcodes: ["200#", "201#", "202#"],
      landlines: ["29#######"],
    },
    {
      city: "Melbourne",
      province: "Victoria",
      postcodes: ["300#", "303#", "318#"],
      landlines: ["39#######"],
    },
    {
      city: "Brisbane",
      province: "Queensland",
      postcodes: ["400#", "401#", "410#"],
      landlines: ["73#######"],
    },
    {
      city: "Perth",
      province: "Western Australia",
      postcodes: ["600#", "601#", "605#"],
      landlines: ["89#######"],
    },
    {
      city: "Adelaide",
      province: "South Australia",
      postcodes: ["500#", "501#", "506#"],
      landlines: ["88#######"],
    },
  ],
};
