// Reviews from earlier programmes, long finished: responsive repairs (five
// years ago, the last review it had, so it is overdue now) and anti-social
// behaviour (three years ago, reviewed again now). They set when each
// service's next review falls due and give the portal older summaries.
import { ASB_MARKET_TEST, REPAIRS_MARKET_TEST } from "./review-market-tests.js";
import { INTRANET, OWNER, PEOPLE, type ReviewStory } from "./review-stories.js";
import { ASB_SUMMARY, REPAIRS_SUMMARY } from "./review-summaries.js";

export const REPAIRS_EARLIER: ReviewStory = {
  title: "Responsive repairs: right first time",
  sections: () => ({
    "main-details": {
      seniorManager: PEOPLE.propertyDirector,
      leadOfficer: "Kerry Evans, Repairs team leader",
      businessPlanLink: "Corporate plan aim 1, homes in good repair: repairs done right, first time, at a time that suits the resident.",
      serviceObjective: "Carry out day-to-day repairs safely, on time and right first time, from dripping taps to emergencies.",
      localOffer: "Emergencies made safe within 4 hours; urgent repairs within 5 working days; routine repairs within 20 working days.",
      currentImpact: "74% of repairs fixed on the first visit; 11% of appointments missed; out-of-hours calls answered within a minute 62% of the time.",
    },
    context: {
      regulatoryStandard: "Welsh Housing Quality Standard: homes in a good state of repair",
      regulatoryOutcome: "Residents have repairs done quickly and well, at appointments that suit them.",
    },
    resources: {
      resourceNeeds: "Analyst time for repairs data, van stock review, procurement advice for out-of-hours.",
      resourceAmount: "16,000.00",
      valueForMoney: "Each second visit costs £92; raising first-time fixes to 85% saves about £60,000 a year.",
      valueForMoneyAmount: "60,000.00",
    },
    equality: {
      stakeholders: "All residents, repairs operatives, stores, the contact centre, out-of-hours contractor.",
      groupsAffected: "Residents who work and cannot wait in all day; disabled and older residents; parents on the school run.",
      impact: "Medium. All-day appointments hit working residents and carers hardest.",
      assessmentCompleted: "yes",
    },
    implementation: {
      staffInformed: "yes",
      inTeamBrief: "yes",
      serviceImplications: "New appointment slots, van stock lists, and an out-of-hours contract.",
    },
    "service-improvement": {
      beneficiaries: "Every resident who reports a repair.",
      improvementOutcome: "More repairs fixed first time at appointments residents choose.",
    },
    "involvement-plan": {
      howResidentsInvolved: "Two residents on the review group; mystery shopping of the repairs line by resident volunteers; a survey of 300 residents after their repair.",
      hardToReachGroups: "Working residents, residents with disabilities, Urdu-speaking households.",
      methods: "Mystery shopping, a telephone survey, a repairs 'question time' evening.",
      supportOffered: "Mystery shopper training, phone top-ups, interpreters.",
    },
    "impact-assessment": {
      howInvolvementShapedReview: "Mystery shoppers found callers could not book a time that avoided the school run, which led to the school-hours slot.",
      whatChangedForResidents: "First-time fixes rose from 74% to 86% and missed appointments halved within the year of the action plan.",
      equalityOfAccess: "The survey reached working residents by text in the evening; the question time evening had an Urdu interpreter.",
      valueForMoney: "Involvement cost £1,900 against savings of about £60,000 a year from fewer second visits.",
      rating: "high",
    },
  }),
  group: [
    { name: "Kerry Evans", role: "Review lead", kind: "staff", user: "kerry" },
    { name: "Dean Probert", role: "Senior surveyor", kind: "staff" },
    { kind: "resident", seat: 6, role: "Resident, Bryn Heulog" },
    { kind: "resident", seat: 7, role: "Resident, Maes y Coed" },
  ],
  objectives: (w) => [
    {
      assessmentDetails: "74% of repairs are fixed on the first visit.",
      improvementAction: "Stock vans with the parts used most often and diagnose jobs properly when residents call.",
      measure: "First-time fixes rise from 74% to 85%.",
      owner: OWNER.kerry,
      dueOn: w.months(w.at("approved"), 11),
      evidenceSummary: "Repairs records; stores data; mystery shopping.",
      residentBenefit: "Fewer days waiting in for a second visit.",
      tasks: [
        { task: "Analyse a year of second visits by trade and part", owner: OWNER.kerry, startOn: w.days(w.at("planning"), 10), endOn: w.days(w.at("planning"), 60) },
        { task: "Agree van stock lists with the stores supplier", owner: OWNER.dean, startOn: w.days(w.at("planning"), 60), endOn: w.days(w.at("planning"), 120) },
      ],
    },
    {
      assessmentDetails: "11% of appointments are missed and only all-day slots are offered.",
      improvementAction: "Offer morning, afternoon and school-hours slots, with a text when the operative is on the way.",
      measure: "Missed appointments fall from 11% to 5%.",
      owner: OWNER.kerry,
      dueOn: w.months(w.at("approved"), 6),
      evidenceSummary: "Appointment records; survey of residents.",
      residentBenefit: "Appointments that fit around work and school.",
      tasks: [{ task: "Set up slots and texts in the scheduling system", owner: OWNER.kerry, startOn: w.days(w.at("planning"), 30), endOn: w.days(w.at("planning"), 150) }],
    },
  ],
  risks: [
    {
      summary: "Van stock costs more than second visits save",
      category: "Financial",
      impact: "medium",
      likelihood: "low",
      nature: "Stock sits unused on vans.",
      effect: "Money tied up with no saving.",
      controlMeasures: "Stock lists reviewed quarterly against usage.",
      contingency: "Return slow-moving stock to the supplier.",
      indicators: "Stock value per van; first-time fix rate.",
      residualRisk: "low",
    },
  ],
  indicators: [
    { name: "Repairs fixed on the first visit", current: "74%", target: "85%", source: "Repairs system" },
    { name: "Appointments missed by us", current: "11%", target: "5%", source: "Scheduling system" },
    { name: "Out-of-hours calls answered within a minute", current: "62%", target: "90%", source: "Telephony reports" },
  ],
  evidence: (w) => [
    {
      key: "second-visits",
      kind: "note",
      title: "Why repairs need a second visit",
      body: "Of 3,900 second visits last year, 46% were for parts not on the van and 22% for the wrong trade sent.",
      on: w.days(w.at("fieldwork"), 10),
    },
    {
      key: "mystery",
      kind: "meeting",
      title: "Mystery shopping debrief",
      body: "Attendees: six resident mystery shoppers, Kerry Evans\n\nForty test calls. Only all-day appointments were offered; out-of-hours calls waited up to nine minutes.",
      on: w.days(w.at("fieldwork"), 30),
    },
    {
      key: "benchmark",
      kind: "link",
      title: "Repairs benchmarking: first-time fix and appointments",
      body: "Upper quartile landlords fix 88% first time and offer half-day slots.",
      url: `${INTRANET}/benchmarking/repairs`,
      on: w.days(w.at("fieldwork"), 40),
    },
    {
      key: "ooh-quotes",
      kind: "note",
      title: "Out-of-hours market soundings",
      body: "Three specialist firms quoted for out-of-hours call handling and attendance; all cheaper than our overtime rota.",
      on: w.days(w.at("fieldwork"), 55),
    },
  ],
  answers: [
    {
      fourC: "challenge",
      question: "challenge.efficient",
      answer: "No: nearly half of second visits are for parts we could carry on the van.",
      cites: ["second-visits"],
    },
    {
      fourC: "compare",
      question: "compare.best-performers",
      answer: "Upper quartile landlords fix 88% first time; we fix 74%.",
      cites: ["benchmark"],
    },
    {
      fourC: "consult",
      question: "consult.involvement",
      answer: "Resident mystery shoppers tested the repairs line and two residents sat on the review group.",
      cites: ["mystery"],
    },
    {
      fourC: "compete",
      question: "compete.other-provider",
      answer: "Out-of-hours can be provided more cheaply by a specialist firm; daytime repairs should stay in house.",
      cites: ["ooh-quotes"],
    },
  ],
  marketTest: REPAIRS_MARKET_TEST,
  options: [
    {
      title: "Keep everything in house and add overtime",
      description: "Extend the overtime rota for out-of-hours and add a stores run.",
      costPounds: 75000,
      benefits: "Little change for residents.",
    },
    {
      title: "Van stock, new slots, and an out-of-hours contract",
      description: "Stock vans, offer half-day and school-hours slots, and let out-of-hours to a specialist firm.",
      costPounds: 54000,
      benefits: "Higher first-time fixes, fewer missed appointments, faster emergency answers.",
      recommended: true,
    },
  ],
  actions: (w) => [
    { action: "Introduce morning, afternoon and school-hours slots with texts", owner: OWNER.kerry, dueOn: w.months(w.at("approved"), 4), startedOn: w.days(w.at("approved"), 5), doneOn: w.months(w.at("approved"), 4) },
    { action: "Stock every van to the agreed list", owner: OWNER.dean, dueOn: w.months(w.at("approved"), 6), startedOn: w.months(w.at("approved"), 1), doneOn: w.months(w.at("approved"), 5) },
    { action: "Let the out-of-hours contract", owner: OWNER.joanne, dueOn: w.months(w.at("approved"), 9), startedOn: w.months(w.at("approved"), 2), doneOn: w.months(w.at("approved"), 9) },
    { action: "Report first-time fixes to residents in the annual report", owner: OWNER.mared, dueOn: w.months(w.at("approved"), 11), startedOn: w.months(w.at("approved"), 10), doneOn: w.months(w.at("approved"), 11) },
  ],
  updates: (w) => [
    {
      on: w.months(w.at("approved"), 6),
      progress: "New slots live; missed appointments down to 7%. Vans stocked; first-time fixes at 81%.",
      changes: "None.",
      reason: "",
    },
    {
      on: w.days(w.months(w.at("approved"), 12), 3),
      progress: "All actions done. First-time fixes 86%, missed appointments 5%, out-of-hours calls answered within a minute 91%.",
      changes: "Plan complete.",
      reason: "",
    },
  ],
  summary: REPAIRS_SUMMARY,
};

export const ASB_EARLIER: ReviewStory = {
  title: "Anti-social behaviour: keeping victims informed",
  sections: () => ({
    "main-details": {
      seniorManager: PEOPLE.housingDirector,
      leadOfficer: "Marcus Bell, Housing officer",
      businessPlanLink: "Corporate plan aim 3, safe neighbourhoods.",
      serviceObjective: "Respond to reports of anti-social behaviour quickly, support victims and witnesses, and use the right tools to stop it.",
      currentImpact: "62% of residents who reported anti-social behaviour were satisfied with how it was handled; 40% said they were not kept informed.",
    },
    context: {
      regulatoryStandard: "Anti-social Behaviour, Crime and Policing Act 2014; Regulatory Framework for Housing Associations Registered in Wales",
      regulatoryOutcome: "Residents feel safe, know how to report problems and are kept informed until a case is closed.",
    },
    resources: {
      resourceNeeds: "Officer time, training on hate incidents, a case management module.",
      resourceAmount: "14,000.00",
      valueForMoney: "Earlier action plans reduce cases reaching court, each costing about £4,500.",
    },
    equality: {
      stakeholders: "Victims and witnesses, neighbourhood officers, South Wales Police, Cardiff and Newport community safety partnerships.",
      groupsAffected: "Residents targeted because of race, religion, disability or sexuality; older residents living alone.",
      impact: "High. Hate incidents were under-reported and victims were not always offered support.",
      assessmentCompleted: "yes",
    },
    implementation: {
      staffInformed: "yes",
      inTeamBrief: "yes",
      serviceImplications: "Action plans with every complainant, fortnightly contact, online hate incident reporting.",
    },
    "service-improvement": {
      beneficiaries: "Residents experiencing anti-social behaviour and hate incidents.",
      improvementOutcome: "Victims kept informed and supported; more hate incidents reported.",
    },
    "involvement-plan": {
      howResidentsInvolved: "A resident on the review group; interviews with residents who had reported anti-social behaviour; a session with a local disability forum.",
      hardToReachGroups: "Victims of hate incidents; disabled residents; Somali- and Arabic-speaking households.",
      methods: "One-to-one interviews, a community group session, a short survey.",
      supportOffered: "Interviews at home or a place of the resident's choosing; interpreters.",
    },
    "impact-assessment": {
      howInvolvementShapedReview: "Interviews showed silence between updates felt like inaction, which led to fortnightly calls.",
      whatChangedForResidents: "Satisfaction with case handling rose to 74%; hate incident reports doubled as people learned how to report.",
      equalityOfAccess: "The disability forum and interpreters reached residents we had not heard from before; few younger residents took part.",
      valueForMoney: "Involvement cost £900; cases reaching court fell by a quarter.",
      rating: "medium",
    },
  }),
  group: [
    { name: "Marcus Bell", role: "Review lead", kind: "staff", user: "marcus" },
    { name: "Tom Beddoe", role: "Neighbourhood services manager", kind: "staff" },
    { kind: "resident", seat: 8, role: "Resident, Maes y Coed" },
    { name: "PC Rhys Jenkins", role: "Neighbourhood policing team, South Wales Police", kind: "partner" },
  ],
  objectives: (w) => [
    {
      assessmentDetails: "40% of residents who reported anti-social behaviour said they were not kept informed.",
      improvementAction: "Agree an action plan with every complainant and contact them every two weeks until the case closes.",
      measure: "Satisfaction with case handling rises from 62% to 75%.",
      owner: OWNER.marcus,
      dueOn: w.months(w.at("approved"), 9),
      evidenceSummary: "Case closure survey; interviews.",
      residentBenefit: "Knowing what is happening with their case.",
      tasks: [{ task: "Add action plans and contact reminders to case management", owner: OWNER.marcus, startOn: w.days(w.at("planning"), 20), endOn: w.days(w.at("planning"), 120) }],
    },
  ],
  risks: [
    {
      summary: "Officers cannot keep up fortnightly contact",
      category: "Resources",
      impact: "medium",
      likelihood: "medium",
      nature: "Caseloads peak in summer.",
      effect: "Contact promises are broken, worsening trust.",
      controlMeasures: "Text updates count as contact; caseload reviewed monthly.",
      contingency: "Move officers between patches in summer.",
      indicators: "Cases with no contact for more than 14 days.",
      residualRisk: "low",
    },
  ],
  indicators: [
    { name: "Satisfaction with anti-social behaviour case handling", current: "62%", target: "75%", source: "Case closure survey" },
    { name: "Cases with contact every 14 days", current: "Not measured", target: "95%", isNew: true, source: "Case management system" },
  ],
  evidence: (w) => [
    {
      key: "interviews",
      kind: "note",
      title: "Interviews with residents who reported anti-social behaviour",
      body: "Twelve interviews. Most common complaint: weeks without hearing anything. Several victims of hate incidents had not known they could report them to us.",
      on: w.days(w.at("fieldwork"), 20),
    },
    {
      key: "forum",
      kind: "meeting",
      title: "Session with a local disability forum",
      body: "Attendees: fifteen forum members, Marcus Bell\n\nMembers described disability hate incidents treated as neighbour disputes. Asked for online and text reporting.",
      on: w.days(w.at("fieldwork"), 35),
    },
    {
      key: "peers",
      kind: "link",
      title: "Anti-social behaviour benchmarking with Welsh landlords",
      body: "Our satisfaction rate is below the median; landlords with agreed action plans score higher.",
      url: `${INTRANET}/benchmarking/asb`,
      on: w.days(w.at("fieldwork"), 40),
    },
    {
      key: "court-costs",
      kind: "note",
      title: "Cost of cases that reach court",
      body: "Nineteen cases went to court last year, at about £4,500 each in legal and officer costs.",
      on: w.days(w.at("fieldwork"), 45),
    },
  ],
  answers: [
    { fourC: "challenge", question: "challenge.meeting-needs", answer: "Not fully: victims are not kept informed and hate incidents go unreported.", cites: ["interviews"] },
    { fourC: "compare", question: "compare.peers", answer: "Below the median for satisfaction; peers with action plans do better.", cites: ["peers"] },
    { fourC: "consult", question: "consult.seldom-heard", answer: "We met a disability forum and interviewed victims at home with interpreters.", cites: ["forum", "interviews"] },
    { fourC: "compete", question: "compete.cost-now", answer: "Cases reaching court cost about £85,000 a year; earlier action would save much of it.", cites: ["court-costs"] },
  ],
  marketTest: ASB_MARKET_TEST,
  options: [
    {
      title: "Action plans, fortnightly contact and online hate incident reporting",
      description: "Change how officers manage cases, with training on hate incidents.",
      costPounds: 14000,
      benefits: "Victims kept informed; more hate incidents reported; fewer cases reach court.",
      recommended: true,
    },
    {
      title: "Refer all cases to a mediation service",
      description: "Contract mediation for neighbour disputes.",
      costPounds: 28000,
      benefits: "Helps some disputes; does nothing for hate incidents.",
    },
  ],
  actions: (w) => [
    { action: "Train all officers on hate incidents", owner: OWNER.tom, dueOn: w.months(w.at("approved"), 3), startedOn: w.days(w.at("approved"), 10), doneOn: w.months(w.at("approved"), 3) },
    { action: "Launch online and phone hate incident reporting", owner: OWNER.mared, dueOn: w.months(w.at("approved"), 4), startedOn: w.months(w.at("approved"), 1), doneOn: w.months(w.at("approved"), 4) },
    { action: "Agree action plans and fortnightly contact in every case", owner: OWNER.marcus, dueOn: w.months(w.at("approved"), 6), startedOn: w.months(w.at("approved"), 1), doneOn: w.months(w.at("approved"), 6) },
  ],
  updates: (w) => [
    { on: w.months(w.at("approved"), 6), progress: "All officers trained; online reporting live; action plans in 88% of new cases.", changes: "None.", reason: "" },
    { on: w.months(w.at("approved"), 12), progress: "Action plans in 96% of cases; satisfaction 74%; hate incident reports doubled.", changes: "Plan complete.", reason: "" },
  ],
  summary: ASB_SUMMARY,
};
