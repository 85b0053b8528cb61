// The fictional landlord every newcomer meets: a mid-sized Welsh housing
// association whose residents speak the languages Hearth ships with.
export const LANDLORD = { slug: "afon-homes", name: "Afon Homes", calendar: "england-and-wales" as const };

export const NEIGHBOURHOODS = [
  { slug: "glan-yr-afon", name: "Glan yr Afon", description: "Terraced streets and low-rise flats along the river in Grangetown.", town: "Cardiff", outward: "CF11", streets: ["Afon Terrace", "Ferry Road", "Clive Street", "Bromsgrove Street"], homes: 475 },
  { slug: "maes-y-coed", name: "Maes y Coed", description: "A 1960s estate of houses and maisonettes around a green in Heath.", town: "Cardiff", outward: "CF14", streets: ["Maes y Coed Road", "Coed Glas", "Heol Hir", "Birchwood Close"], homes: 400 },
  { slug: "bryn-heulog", name: "Bryn Heulog", description: "Family houses and a sheltered scheme on the hill in Ely.", town: "Cardiff", outward: "CF5", streets: ["Bryn Heulog", "Grand Avenue", "Wilson Road", "Cowbridge Road West"], homes: 375 },
  { slug: "station-quarter", name: "Station Quarter", description: "Newer flats near the railway station in Newport, many shared ownership.", town: "Newport", outward: "NP20", streets: ["Station Approach", "Queensway", "Lower Dock Street", "Cardiff Road"], homes: 350 },
] as const;

export const SERVICE_AREAS = [
  ["repairs", "Responsive repairs", "Day-to-day repairs reported by residents, from dripping taps to emergencies."],
  ["planned-maintenance", "Planned maintenance", "Kitchens, bathrooms, roofs, windows and other planned replacements."],
  ["building-safety", "Gas and building safety", "Gas, electrical, fire, asbestos, water and lift safety checks."],
  ["damp-and-mould", "Damp and mould", "Finding and fixing the causes of damp, condensation and mould."],
  ["rent-and-income", "Rent and service charges", "Rent collection, arrears support and service charges."],
  ["anti-social-behaviour", "Anti-social behaviour", "Reports of nuisance, harassment, hate incidents and crime."],
  ["estate-services", "Estate services", "Communal cleaning, caretaking and shared areas."],
  ["grounds-maintenance", "Grounds maintenance", "Grass cutting, trees, hedges and play areas."],
  ["lettings", "Lettings", "Letting empty homes, allocations and mutual exchanges."],
  ["tenancy-management", "Tenancy management", "Tenancy changes, succession, visits and support."],
  ["adaptations", "Adaptations", "Aids and adaptations for disabled residents."],
  ["leasehold", "Leasehold and home ownership", "Services for leaseholders and shared owners."],
  ["customer-service", "Customer service", "Contact centre, website and how we keep residents informed."],
  ["resident-involvement", "Resident involvement", "How residents shape services and hold us to account."],
] as const;

/** Names grouped with the language a household most often prefers. */
export const HOUSEHOLDS = {
  en: { first: ["Emma", "Jack", "Olivia", "Liam", "Sophie", "Daniel", "Chloe", "Ryan", "Megan", "Kieran", "Paula", "Steven"], last: ["Jones", "Williams", "Smith", "Taylor", "Brown", "Walker", "Hughes", "Clarke", "Harris", "Lewis"] },
  cy: { first: ["Siân", "Dafydd", "Cerys", "Gethin", "Eleri", "Rhodri", "Ffion", "Iwan", "Nia", "Owain"], last: ["Llewellyn", "Pritchard", "Rees", "Prosser", "ap Gwilym", "Morgan", "Jenkins", "Bowen"] },
  pl: { first: ["Agnieszka", "Tomasz", "Katarzyna", "Piotr", "Magdalena", "Marek", "Zofia", "Paweł"], last: ["Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska"] },
  ur: { first: ["Ayesha", "Imran", "Fatima", "Bilal", "Sana", "Tariq", "Nadia", "Usman"], last: ["Khan", "Hussain", "Akhtar", "Iqbal", "Malik", "Raza", "Butt"] },
  ar: { first: ["Layla", "Omar", "Mariam", "Yusuf", "Huda", "Khalid", "Rania", "Sami"], last: ["Haddad", "Al-Sayed", "Nasser", "Saleh", "Mansour", "Hamdan"] },
  so: { first: ["Hodan", "Abdi", "Fadumo", "Mohamed", "Ayaan", "Hassan", "Sahra", "Ismail"], last: ["Warsame", "Farah", "Omar", "Jama", "Abdullahi", "Hirsi", "Nur"] },
} as const;

/** Share of households by language: roughly a Cardiff and Newport mix. */
export const LANGUAGE_WEIGHTS: [keyof typeof HOUSEHOLDS, number][] = [
  ["en", 62], ["cy", 12], ["pl", 8], ["ur", 7], ["ar", 6], ["so", 5],
];

export const DEMO_PASSWORD = "Hearth demo 2026";

export const DEMO_ACCOUNTS = [
  { role: "resident", email: "resident@afonhomes.example", name: "Bethan Morgan", tenancy: 1 },
  { role: "staff", email: "staff@afonhomes.example", name: "Sam Patel" },
  { role: "scrutiny", email: "scrutiny@afonhomes.example", name: "Hodan Warsame", tenancy: 2 },
  { role: "election_officer", email: "elections@afonhomes.example", name: "Gareth Lloyd" },
  { role: "admin", email: "admin@afonhomes.example", name: "Alex Rowe" },
] as const;

/**
 * More staff, so complaints have realistic handlers and a stage 2 review is
 * done by someone other than the stage 1 handler. Same password as the demo
 * accounts; kept apart from DEMO_ACCOUNTS, whose entries the README and e2e use.
 */
export const DEMO_STAFF = [
  { role: "staff", email: "rhian.davies@afonhomes.example", name: "Rhian Davies", job: "Complaints and service improvement manager" },
  { role: "staff", email: "marcus.bell@afonhomes.example", name: "Marcus Bell", job: "Housing officer" },
  { role: "staff", email: "aisha.rahman@afonhomes.example", name: "Aisha Rahman", job: "Housing officer" },
  { role: "staff", email: "kerry.evans@afonhomes.example", name: "Kerry Evans", job: "Repairs team leader" },
] as const;

/** Left unclaimed so a newcomer can try "claim your account". */
export const CLAIMABLE = { tenancy: 3, firstName: "Tomasz", lastName: "Nowak" } as const;
