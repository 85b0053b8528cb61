// Reviews running now, one at each stage from brief agreed to reporting, and
// the titles of those still to start. Each holds what its group has done so
// far: the reporting review has a draft action plan, the fieldwork review has
// answered two of the four Cs, the planning review has its group and plan.
import { CUSTOMER_SERVICE_MARKET_TEST, RENT_MARKET_TEST } from "./review-market-tests.js";
import { INTRANET, OWNER, PEOPLE, type ReviewStory } from "./review-stories.js";
import { CUSTOMER_SERVICE_SUMMARY } from "./review-summaries.js";

export const CUSTOMER_SERVICE: ReviewStory = {
  title: "Customer service: sorted at the first contact",
  sections: (w) => ({
    "main-details": {
      seniorManager: PEOPLE.customerHead,
      leadOfficer: "Rhian Davies, Complaints and service improvement manager",
      businessPlanLink: "Corporate plan aim 2, services that listen: residents get an answer at the first contact, by the channel they choose.",
      serviceObjective: "Answer residents quickly, solve what we can at the first contact, and pass on the rest without residents having to repeat themselves.",
      localOffer: "Calls answered within 60 seconds; emails and portal messages answered within two working days.",
      currentImpact: "Average wait on Monday mornings 9 minutes; 57% of calls solved at the first contact; 31% of complaints mention being passed between teams.",
    },
    context: {
      regulatoryStandard: "Regulatory Framework for Housing Associations Registered in Wales: tenant services; Welsh Language Standards",
      regulatoryTheme: "Communication and customer care",
      regulatoryOutcome: "Residents can reach us easily in the way and the language they prefer, and are treated with fairness and respect.",
    },
    resources: {
      resourceNeeds: "Call data analysis, a knowledge base for advisers, changes to the phone system's call-back feature.",
      resourceAmount: "26,000.00",
      valueForMoney: "Each call passed on costs about £7.40 in staff time; solving 70% at first contact saves about £38,000 a year.",
      valueForMoneyAmount: "38,000.00",
    },
    equality: {
      stakeholders: "All residents; contact centre advisers; every team that takes transferred calls.",
      groupsAffected: "Residents without internet access, older residents, Welsh speakers, residents who need interpreters or text relay.",
      impact: "Medium. A push to online channels could leave out residents who cannot use them.",
      description: "The phone line and offices stay open; Welsh-language calls keep their own queue; interpreters and text relay are offered at the first call.",
      assessmentCompleted: "yes",
    },
    implementation: {
      staffInformed: "yes",
      inTeamBrief: "yes",
      briefingOn: w.days(w.at("reporting"), 10),
      serviceImplications: "Advisers handle more queries end to end; repairs and housing teams agree what advisers may decide.",
      areasAffected: "Customer service, repairs, housing management, income",
    },
    "service-improvement": {
      beneficiaries: "Every resident who contacts us, and advisers who now pass calls they could solve.",
      improvementOutcome: "Shorter waits, more queries solved at the first contact, and no need to repeat the story.",
    },
    "involvement-plan": {
      howResidentsInvolved: "Two residents on the review group; resident mystery shoppers test phone, email and the portal; a readers' panel checks the new scripts.",
      hardToReachGroups: "Older residents, Welsh speakers, residents who need interpreters or text relay, residents without internet.",
      methods: "Mystery shopping, a readers' panel, listening sessions in each neighbourhood office.",
      supportOffered: "Phone credit for mystery shoppers, travel to listening sessions, text relay and interpreters.",
    },
  }),
  group: [
    { name: "Rhian Davies", role: "Review lead", kind: "staff", user: "rhian" },
    { name: "Mared Thomas", role: "Head of customer experience", kind: "staff" },
    { name: "Sam Patel", role: "Adviser representative", kind: "staff", user: "sam" },
    { kind: "resident", seat: 9, role: "Resident mystery shopper, Bryn Heulog" },
    { name: "Hodan Warsame", role: "Scrutiny panel member", kind: "resident", user: "hodan" },
  ],
  objectives: (w) => [
    {
      assessmentDetails: "57% of calls are solved at the first contact.",
      improvementAction: "Give advisers a knowledge base and authority to solve the twenty most common queries.",
      measure: "First-contact resolution rises from 57% to 70%.",
      owner: OWNER.mared,
      dueOn: w.months(w.at("approved"), 9),
      evidenceSummary: "Call analysis; mystery shopping; complaints about being passed on.",
      residentBenefit: "One contact instead of several.",
      tasks: [
        { task: "Analyse a month of calls by reason and outcome", owner: OWNER.rhian, startOn: w.days(w.at("planning"), 14), endOn: w.days(w.at("planning"), 45) },
        { task: "Write knowledge base articles with the repairs and housing teams", owner: OWNER.sam, startOn: w.days(w.at("planning"), 60), endOn: w.days(w.at("planning"), 150) },
      ],
    },
    {
      assessmentDetails: "Monday morning waits average nine minutes.",
      improvementAction: "Offer a call-back at busy times instead of a queue.",
      measure: "No resident waits more than three minutes before being offered a call-back.",
      owner: OWNER.mared,
      dueOn: w.months(w.at("approved"), 4),
      evidenceSummary: "Telephony reports.",
      residentBenefit: "No long waits on hold.",
      tasks: [{ task: "Switch on and test call-backs in the phone system", owner: OWNER.mared, startOn: w.days(w.at("planning"), 30), endOn: w.days(w.at("planning"), 90) }],
    },
  ],
  risks: [
    {
      summary: "Advisers make decisions beyond their training",
      category: "Service quality",
      impact: "medium",
      likelihood: "medium",
      nature: "Wider authority without enough training.",
      effect: "Wrong answers, repeat contact and complaints.",
      controlMeasures: "Knowledge base, training and weekly call reviews.",
      contingency: "Narrow the list of queries advisers can close.",
      indicators: "Repeat contacts within seven days.",
      residualRisk: "low",
    },
    {
      summary: "Residents without internet feel pushed online",
      category: "Equality",
      impact: "high",
      likelihood: "low",
      nature: "Messages promoting the portal read as closing other channels.",
      effect: "Older and digitally excluded residents lose confidence in contacting us.",
      controlMeasures: "Every message says the phone line and offices stay open.",
      contingency: "Drop portal promotion from letters.",
      indicators: "Satisfaction of residents aged over 70.",
      residualRisk: "low",
    },
  ],
  indicators: [
    { name: "Calls solved at the first contact", current: "57%", target: "70%", source: "Telephony and case data" },
    { name: "Average wait on Monday mornings", current: "9 minutes", target: "3 minutes", source: "Telephony reports" },
    { name: "Complaints about being passed between teams", current: "31% of complaints", target: "15% of complaints", source: "Complaints data" },
  ],
  evidence: (w) => [
    {
      key: "kickoff",
      kind: "meeting",
      title: "Review group meeting 1: scope",
      body: "Attendees: the review group\n\nAgreed to cover phone, email and the portal, and to leave the out-of-hours line to the repairs team.",
      on: w.days(w.at("planning"), 4),
    },
    {
      key: "calls",
      kind: "note",
      title: "A month of calls by reason and outcome",
      body: "14,200 calls. Top reasons: repair progress (27%), rent balance (14%), reporting a repair (12%). 43% passed to another team; 60% of those could have been answered with information advisers already see.",
      on: w.days(w.at("fieldwork"), 14),
    },
    {
      key: "mystery",
      kind: "note",
      title: "Mystery shopping results",
      body: "Thirty tests across phone, email and portal. Phone answers were friendly but often passed on; two emails went unanswered for a week; portal messages were answered fastest.",
      on: w.days(w.at("fieldwork"), 40),
    },
    {
      key: "listening",
      kind: "meeting",
      title: "Listening session at Maes y Coed office",
      body: "Attendees: eighteen residents, Rhian Davies, Mared Thomas\n\nResidents want one person to own their query. Older residents said they will keep phoning and want that respected.",
      on: w.days(w.at("fieldwork"), 25),
    },
    {
      key: "benchmark",
      kind: "link",
      title: "Contact centre benchmarking",
      body: "Median first-contact resolution among peers is 68%.",
      url: `${INTRANET}/benchmarking/contact-centre`,
      on: w.days(w.at("fieldwork"), 50),
    },
  ],
  complaints: 3,
  answers: [
    { fourC: "challenge", question: "challenge.why-this-way", answer: "Calls are passed on because advisers lack the information and authority to answer them, not because the queries are complex.", cites: ["calls"] },
    { fourC: "compare", question: "compare.peers", answer: "Our 57% first-contact resolution is eleven points below the peer median.", cites: ["benchmark", "calls"] },
    { fourC: "consult", question: "consult.involvement", answer: "Mystery shoppers and listening sessions; complaints about being passed between teams tell the same story.", cites: ["mystery", "listening", "complaints"] },
    { fourC: "consult", question: "consult.formats", answer: "Phone, email, portal and offices all stay; Welsh-language calls keep their own queue.", cites: ["listening"] },
    { fourC: "compete", question: "compete.cost-comparison", answer: "Each transferred call costs about £7.40; most transfers could be avoided.", cites: ["calls"] },
  ],
  marketTest: CUSTOMER_SERVICE_MARKET_TEST,
  options: [
    {
      title: "Solve at first contact, with call-backs at busy times",
      description: "Knowledge base, wider adviser authority, call-backs, and a rota matched to demand.",
      costPounds: 26000,
      benefits: "First-contact resolution to 70%; waits under three minutes; about £38,000 a year saved.",
      recommended: true,
    },
    {
      title: "Contract out Monday morning overflow calls",
      description: "An external contact centre takes calls when queues exceed five minutes.",
      costPounds: 44000,
      benefits: "Shorter waits, but more calls passed on.",
    },
  ],
  actions: (w) => [
    { action: "Switch on call-backs at busy times", owner: OWNER.mared, dueOn: w.months(w.at("approved"), 2) },
    { action: "Publish the knowledge base and train advisers", owner: OWNER.sam, dueOn: w.months(w.at("approved"), 5) },
    { action: "Change the adviser rota to match call demand", owner: OWNER.mared, dueOn: w.months(w.at("approved"), 4) },
    { action: "Report first-contact resolution to the scrutiny panel each quarter", owner: OWNER.rhian, dueOn: w.months(w.at("approved"), 11) },
  ],
  summary: CUSTOMER_SERVICE_SUMMARY,
};

export const RENT_AND_INCOME: ReviewStory = {
  title: "Rent and service charges: support before arrears build up",
  sections: () => ({
    "main-details": {
      seniorManager: PEOPLE.resourcesDirector,
      leadOfficer: "Aisha Rahman, Housing officer, with Leanne Price, Income Manager",
      businessPlanLink: "Corporate plan aim 4, a financially strong landlord that supports residents through hard times.",
      serviceObjective: "Collect rent and service charges fairly, and help residents who struggle to pay before arrears build up.",
      currentImpact: "Current arrears 3.9% of the rent roll; 28% of residents in arrears are on Universal Credit with a managed payment; 11 evictions for arrears last year.",
    },
    context: {
      regulatoryStandard: "Welsh Government rent and service charge standard; Renting Homes (Wales) Act 2016",
      regulatoryOutcome: "Rents are affordable, charges are clear, and no one loses their home for arrears without every chance of support.",
    },
    resources: {
      resourceNeeds: "Income system data, a welfare benefits adviser for six months, finance modelling.",
      resourceAmount: "32,000.00",
      valueForMoney: "Each eviction for arrears costs about £9,000; preventing half would save about £50,000 a year.",
    },
    equality: {
      stakeholders: "Residents in arrears, income officers, welfare benefits and debt advice partners, the DWP.",
      groupsAffected: "Residents on low incomes, disabled residents, single parents, residents with limited English.",
      impact: "High. Arrears action falls hardest on households already in hardship.",
      assessmentCompleted: "yes",
    },
    implementation: {
      staffInformed: "yes",
      inTeamBrief: "no",
      serviceImplications: "Income officers contact residents earlier; benefit checks become routine at tenancy sign-up.",
    },
    "involvement-plan": {
      howResidentsInvolved: "Interviews with residents who have been in arrears; two residents on the review group; the scrutiny panel reviews letters.",
      hardToReachGroups: "Residents who avoid contact when in arrears; residents with limited English.",
      methods: "Confidential interviews, letter review, an online survey with a prize draw.",
      supportOffered: "Interviews by phone or at home; interpreters; vouchers.",
    },
  }),
  group: [
    { name: "Aisha Rahman", role: "Review lead", kind: "staff", user: "aisha" },
    { name: "Leanne Price", role: "Income manager", kind: "staff" },
    { kind: "resident", seat: 10, role: "Resident, Glan yr Afon" },
    { kind: "resident", seat: 11, role: "Shared owner, Station Quarter" },
    { name: "Ceri Lloyd", role: "Adviser, Citizens Advice Cardiff and Vale", kind: "partner" },
  ],
  objectives: (w) => [
    {
      assessmentDetails: "Most residents in arrears hear from us only after eight weeks.",
      improvementAction: "Call residents in the first week a payment is missed and offer a benefits check.",
      measure: "Residents more than eight weeks in arrears fall from 410 to 250.",
      owner: OWNER.leanne,
      dueOn: w.months(w.at("approved"), 10),
      evidenceSummary: "Income system data; interviews.",
      residentBenefit: "Help before debts grow.",
      tasks: [{ task: "Trial first-week calls in Glan yr Afon", owner: OWNER.leanne, startOn: w.days(w.at("planning"), 20), endOn: w.days(w.at("planning"), 110) }],
    },
  ],
  risks: [
    {
      summary: "Early contact feels like pressure",
      category: "Residents",
      impact: "medium",
      likelihood: "medium",
      nature: "Residents read early calls as threats.",
      effect: "Residents avoid contact.",
      controlMeasures: "Scripts written with residents; lead with support, not demands.",
      contingency: "Switch first contact to a text offering help.",
      indicators: "Answer rate for first-week calls.",
      residualRisk: "low",
    },
  ],
  indicators: [
    { name: "Current arrears as a share of the rent roll", current: "3.9%", target: "3.0%", source: "Income system" },
    { name: "Residents more than eight weeks in arrears", current: "410", target: "250", source: "Income system" },
    { name: "Evictions for arrears", current: "11 a year", target: "5 or fewer", source: "Legal case records" },
  ],
  evidence: (w) => [
    {
      key: "arrears-data",
      kind: "note",
      title: "Arrears profile",
      body: "1,060 households in arrears; 410 more than eight weeks. Median first contact at day 58.",
      on: w.days(w.at("fieldwork"), 7),
    },
    {
      key: "interviews",
      kind: "note",
      title: "Interviews with residents who have been in arrears",
      body: "Ten interviews. Residents wanted help earlier and found our letters frightening. Six had unclaimed benefits.",
      on: w.days(w.at("fieldwork"), 35),
    },
    {
      key: "benchmark",
      kind: "link",
      title: "Income collection benchmarking",
      body: "Upper quartile Welsh landlords contact in week one and hold arrears under 3%.",
      url: `${INTRANET}/benchmarking/income`,
      on: w.days(w.at("fieldwork"), 45),
    },
    {
      key: "costs",
      kind: "note",
      title: "Cost of arrears action",
      body: "Eleven evictions last year at about £9,000 each, plus £46,000 written off.",
      on: w.days(w.at("fieldwork"), 60),
    },
  ],
  complaints: 2,
  answers: [
    { fourC: "challenge", question: "challenge.meeting-needs", answer: "No: we contact residents too late, when debts are already hard to repay.", cites: ["arrears-data", "interviews"] },
    { fourC: "compare", question: "compare.best-performers", answer: "The best Welsh landlords call in week one; we call at about week eight.", cites: ["benchmark"] },
    { fourC: "consult", question: "consult.involvement", answer: "Confidential interviews and complaints show residents want earlier, kinder contact.", cites: ["interviews", "complaints"] },
    { fourC: "compete", question: "compete.cost-now", answer: "Evictions and write-offs cost about £145,000 a year.", cites: ["costs"] },
  ],
  marketTest: RENT_MARKET_TEST,
  options: [
    {
      title: "Early contact and benefits checks by our own team",
      description: "First-week calls, a benefits adviser in the income team, rewritten letters.",
      costPounds: 38000,
      benefits: "Fewer long-term arrears and evictions.",
    },
    {
      title: "Refer all arrears cases to an external debt advice partner",
      description: "A funded partnership for debt advice from week four.",
      costPounds: 45000,
      benefits: "Specialist advice, but a hand-off residents may not follow up.",
    },
  ],
};

export const TENANCY_MANAGEMENT: ReviewStory = {
  title: "Tenancy management under occupation contracts",
  sections: () => ({
    "main-details": {
      seniorManager: PEOPLE.housingDirector,
      leadOfficer: "Marcus Bell, Housing officer",
      businessPlanLink: "Corporate plan aim 3, sustaining tenancies.",
      serviceObjective: "Help contract-holders keep their homes: clear contracts, timely visits, and support when circumstances change.",
      currentImpact: "14% of new contracts end within a year; settling-in visits happen in 48% of new lets; succession requests take 41 days on average.",
    },
    context: {
      regulatoryStandard: "Renting Homes (Wales) Act 2016: occupation contracts",
      regulatoryOutcome: "Contract-holders understand their contract, get support early, and changes such as succession are handled promptly.",
    },
    resources: {
      resourceNeeds: "Officer time for visits; legal advice on contract variations.",
      resourceAmount: "12,000.00",
      valueForMoney: "Each failed tenancy costs about £7,200 in lost rent and re-letting.",
    },
    equality: {
      stakeholders: "Contract-holders, housing officers, support providers, the councils' housing options teams.",
      groupsAffected: "Young people leaving care, people moving on from homelessness, residents with mental health needs.",
      impact: "Medium. Tenancies most at risk are those of residents with support needs.",
      assessmentCompleted: "no",
    },
    implementation: {
      staffInformed: "yes",
      inTeamBrief: "no",
      serviceImplications: "Settling-in visits for every new let; a standard process for succession.",
    },
    "involvement-plan": {
      howResidentsInvolved: "Residents who moved in during the last year are interviewed; one resident sits on the review group.",
      hardToReachGroups: "Young residents, residents moving on from supported housing.",
      methods: "Interviews, an online survey, a session with a young people's support provider.",
      supportOffered: "Vouchers; interviews where residents choose.",
    },
  }),
  group: [
    { name: "Marcus Bell", role: "Review lead", kind: "staff", user: "marcus" },
    { name: "Aisha Rahman", role: "Housing officer", kind: "staff", user: "aisha" },
    { kind: "resident", seat: 12, role: "Resident, Maes y Coed" },
    { name: "Llinos Parry", role: "Support worker, young people's housing project", kind: "partner" },
  ],
  objectives: (w) => [
    {
      assessmentDetails: "14% of new contracts end within a year.",
      improvementAction: "Visit every new contract-holder within six weeks of moving in and agree any support needed.",
      measure: "Contracts ending in the first year fall from 14% to 8%.",
      owner: OWNER.marcus,
      dueOn: w.months(w.at("approved"), 11),
      evidenceSummary: "Lettings and terminations data; interviews with new residents.",
      residentBenefit: "Support early, before problems put the home at risk.",
      tasks: [{ task: "Analyse why first-year contracts ended", owner: OWNER.marcus, startOn: w.days(w.at("planning"), 10), endOn: w.days(w.at("planning"), 60) }],
    },
  ],
  risks: [
    {
      summary: "Officers lack time for settling-in visits",
      category: "Resources",
      impact: "medium",
      likelihood: "high",
      nature: "Visits compete with arrears and anti-social behaviour work.",
      effect: "Visits slip and support needs are missed.",
      controlMeasures: "Visits booked at sign-up; video visits allowed.",
      contingency: "Prioritise new residents with support needs.",
      indicators: "Share of new lets visited within six weeks.",
      residualRisk: "medium",
    },
  ],
  indicators: [
    { name: "New contracts ending within a year", current: "14%", target: "8%", source: "Housing management system" },
    { name: "New lets visited within six weeks", current: "48%", target: "95%", source: "Housing management system" },
  ],
  evidence: (w) => [
    {
      key: "endings",
      kind: "note",
      title: "Why first-year contracts ended",
      body: "Of 61 contracts that ended in their first year, 23 were abandoned, 19 ended through arrears and 12 moved for family reasons. Two thirds of abandonments had no settling-in visit.",
      on: w.days(w.at("fieldwork"), 8),
    },
    {
      key: "young-people",
      kind: "meeting",
      title: "Session with a young people's support project",
      body: "Attendees: six young residents, Llinos Parry, Marcus Bell\n\nYoung residents did not understand their written statement and did not know who their housing officer was.",
      on: w.days(w.at("fieldwork"), 20),
    },
    {
      key: "benchmark",
      kind: "link",
      title: "Tenancy sustainment benchmarking",
      body: "Peers with universal settling-in visits report first-year endings of 7–9%.",
      url: `${INTRANET}/benchmarking/tenancy-sustainment`,
      on: w.days(w.at("fieldwork"), 35),
    },
  ],
  complaints: 2,
  answers: [
    { fourC: "challenge", question: "challenge.meeting-needs", answer: "Not for new residents with support needs: most abandoned homes had no settling-in visit.", cites: ["endings"] },
    { fourC: "consult", question: "consult.seldom-heard", answer: "We met young residents through their support project; complaints from new residents back up what they told us.", cites: ["young-people", "complaints"] },
  ],
};

export const ASB_NOW: ReviewStory = {
  title: "Anti-social behaviour: working with partners to stop it sooner",
  sections: () => ({
    "main-details": {
      seniorManager: PEOPLE.housingDirector,
      leadOfficer: "Marcus Bell, Housing officer",
      businessPlanLink: "Corporate plan aim 3, safe neighbourhoods.",
      serviceObjective: "Stop anti-social behaviour sooner by acting with the police and councils, and keep victims supported throughout.",
      currentImpact: "Satisfaction with case handling has fallen from 74% to 63% in two years; cases open longer than six months have doubled; complaints about how reports are handled are rising.",
    },
    context: {
      regulatoryStandard: "Anti-social Behaviour, Crime and Policing Act 2014; Renting Homes (Wales) Act 2016 prohibited conduct term",
      regulatoryOutcome: "Residents feel safe, cases are resolved sooner, and partners share information to act early.",
    },
    resources: {
      resourceNeeds: "Officer time; a data-sharing agreement with South Wales Police; training on community triggers.",
      resourceAmount: "11,000.00",
      valueForMoney: "Long cases cost about £2,100 each in officer time; halving them saves about £40,000 a year.",
    },
    "involvement-plan": {
      howResidentsInvolved: "A resident and the scrutiny panel's lead on safety sit on the review group; victims are interviewed with support present.",
      hardToReachGroups: "Victims of hate incidents, young residents, residents who have stopped reporting.",
      methods: "Interviews, an online survey, estate walkabouts with police community support officers.",
      supportOffered: "Interviews at a safe place chosen by the resident; interpreters.",
    },
  }),
  group: [
    { name: "Marcus Bell", role: "Review lead", kind: "staff", user: "marcus" },
    { name: "Tom Beddoe", role: "Neighbourhood services manager", kind: "staff" },
    { name: "Hodan Warsame", role: "Scrutiny panel member, lead on safety", kind: "resident", user: "hodan" },
    { name: "Sergeant Bethan Rowe", role: "Neighbourhood policing team, South Wales Police", kind: "partner" },
  ],
  objectives: (w) => [
    {
      assessmentDetails: "Cases open longer than six months have doubled in two years.",
      improvementAction: "Hold monthly case reviews with the police for every case open longer than three months.",
      measure: "Cases open longer than six months fall from 38 to 15.",
      owner: OWNER.tom,
      dueOn: w.months(w.at("approved"), 10),
      evidenceSummary: "Case management data; partner feedback.",
      residentBenefit: "Problems stopped sooner.",
      tasks: [{ task: "Agree information sharing with South Wales Police", owner: OWNER.tom, startOn: w.days(w.at("planning"), 5), endOn: w.days(w.at("planning"), 75) }],
    },
  ],
  risks: [
    {
      summary: "Data sharing with the police is delayed",
      category: "Partnership",
      impact: "high",
      likelihood: "medium",
      nature: "Information sharing agreements take months to sign.",
      effect: "Joint case reviews cannot start.",
      controlMeasures: "Use the community safety partnership's existing agreement as the template.",
      contingency: "Start joint reviews on anonymised case summaries.",
      indicators: "Agreement signed by the planned date.",
      residualRisk: "medium",
    },
  ],
  indicators: [
    { name: "Satisfaction with anti-social behaviour case handling", current: "63%", target: "75%", source: "Case closure survey" },
    { name: "Cases open longer than six months", current: "38", target: "15", source: "Case management system" },
  ],
  evidence: (w) => [
    {
      key: "kickoff",
      kind: "meeting",
      title: "Review group meeting 1: scope and involvement plan",
      body: "Attendees: the review group\n\nAgreed the scope, the first objective and how victims will be involved safely. The police agreed to join monthly.",
      on: w.days(w.at("planning"), 3),
    },
  ],
};

export const PLANNED_MAINTENANCE: ReviewStory = {
  title: "Planned maintenance and the Welsh Housing Quality Standard 2023",
  sections: () => ({
    "main-details": {
      seniorManager: PEOPLE.propertyDirector,
      leadOfficer: "Kerry Evans, with Delyth Rowlands, Asset Manager",
      businessPlanLink: "Corporate plan aim 1, warm, efficient homes that meet WHQS 2023.",
      serviceObjective: "Plan and deliver kitchens, bathrooms, roofs, windows and energy improvements so every home meets the new standard on time.",
      currentImpact: "Stock condition data is five years old for 30% of homes; residents get less than four weeks' notice of major works.",
    },
    context: {
      regulatoryStandard: "Welsh Housing Quality Standard 2023",
      regulatoryTheme: "Energy efficiency and decarbonisation",
      regulatoryOutcome: "Homes meet WHQS 2023, residents choose within the standard, and works are planned with them.",
    },
    resources: {
      resourceNeeds: "Stock condition surveys, energy modelling, resident choice sessions.",
      resourceAmount: "58,000.00",
      valueForMoney: "Grouping works by street could cut contractor prelims by about 8%.",
    },
  }),
};

/** Reviews on the programme that have not started: a title is all they have yet. */
export const SCHEDULED = {
  lettings: { title: "Lettings: shorter waits between tenants" },
  adaptations: { title: "Adaptations: faster help to live independently" },
  leasehold: { title: "Leasehold and shared ownership: clear service charges" },
  groundsMaintenance: { title: "Grounds maintenance: the next contract" },
  residentInvolvement: { title: "Resident involvement: renewing the involvement strategy" },
  dampFollowUp: { title: "Damp and mould: has the single damp team lasted?" },
  buildingSafetyFollowUp: { title: "Building safety: compliance after the new building safety rules" },
  estateFollowUp: { title: "Estate services: the cleaning contract at its first break" },
} satisfies Record<string, ReviewStory>;
