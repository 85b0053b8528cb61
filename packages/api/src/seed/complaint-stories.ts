// What Afon Homes' residents complain about, in their words, and what the
// landlord found: the raw material for the demo year of complaints
// (./complaints.ts picks from these). Plain English, as a complaint handler
// would write it; each point has a finding for every possible decision so any
// outcome the generator draws reads naturally.
import type { CauseCategory, RefusalReason } from "@hearth/domain/complaints";

export interface StoryPoint {
  readonly summary: string;
  readonly upheld: string;
  readonly partly: string;
  readonly notUpheld: string;
}

export interface ComplaintStory {
  readonly key: string;
  /** Service area slug (see SERVICE_AREAS). */
  readonly area: string;
  /** Completes "your complaint about …". */
  readonly topic: string;
  readonly whatHappened: string;
  readonly putRight: string;
  readonly points: readonly StoryPoint[];
  /** Most likely cause first. */
  readonly causes: readonly CauseCategory[];
  /** Outstanding actions a response may promise. */
  readonly actions: readonly string[];
  readonly lessons: readonly string[];
}

export const STORIES: readonly ComplaintStory[] = [
  // ── Responsive repairs ─────────────────────────────────────────────────
  {
    key: "leak-missed-appointments",
    area: "repairs",
    topic: "the leak into your bathroom",
    whatHappened:
      "Water has been coming through my bathroom ceiling from the flat above since the start of the month. I reported it three times. Two appointments were booked and nobody came to either, and I took a day off work for the second one.",
    putRight: "Fix the leak and the ceiling. Pay me back for the day off work and explain why nobody turned up.",
    points: [
      {
        summary: "Two repair appointments for the leak were missed without notice.",
        upheld: "Our contractor's records confirm both appointments were missed and you were not told. This should not have happened.",
        partly: "The first appointment was missed without notice. The second was moved because the operative was sent to an emergency; we should have rung you that morning and did not.",
        notUpheld: "The operative attended both appointments and left a calling card when there was no answer. We have sent you photographs of the cards.",
      },
      {
        summary: "The leak took too long to fix.",
        upheld: "A leak into a home is an urgent repair that we aim to fix within 3 working days. This one took 17 working days.",
        partly: "The leak was stopped within our urgent timescale, but the ceiling repair that followed took far longer than our 20-working-day target.",
        notUpheld: "The leak was stopped on the first visit, within our urgent timescale. The ceiling repair was booked on a date you chose.",
      },
    ],
    causes: ["missed-appointment", "contractor", "delay"],
    actions: ["Replaster and redecorate the bathroom ceiling", "Reimburse the lost day's pay on receipt of a payslip"],
    lessons: [
      "Contractor operatives must ring the resident before leaving a job they could not get into; we now check call logs for every missed appointment.",
      "A leak into a home is now logged as urgent by default, and the contact centre cannot lower its priority without a supervisor.",
    ],
  },
  {
    key: "boiler-out-of-hours",
    area: "repairs",
    topic: "losing your heating and hot water",
    whatHappened:
      "Our boiler broke down on a Friday night and we had no heating or hot water for six days. I have a baby and my disabled mother lives with us. The out-of-hours line told me to wait until Monday.",
    putRight: "An apology, compensation for the days without heating, and a boiler that doesn't keep breaking down.",
    points: [
      {
        summary: "The out-of-hours service did not treat the loss of heating as an emergency for a household with a baby and a disabled adult.",
        upheld: "Our policy says losing heating is an emergency for a household with a child under five or a disabled person. The call handler did not check the household's needs, which were on our records.",
        partly: "The call handler asked about vulnerability but could not see the notes on your file. An engineer should still have come within 24 hours.",
        notUpheld: "The call recording shows you told us the heating was working on and off and that a Monday appointment suited you.",
      },
      {
        summary: "Temporary heaters were not provided.",
        upheld: "We should have delivered temporary heaters on the first day. They did not arrive until the fourth day.",
        partly: "Heaters were sent on the second day, but to the wrong address, so you did not get them until the fourth day.",
        notUpheld: "Our records show heaters were delivered on the first day and signed for at your address.",
      },
    ],
    causes: ["policy-or-process", "delay", "communication"],
    actions: ["Replace the boiler through the planned programme", "Add the household's support needs to the out-of-hours system"],
    lessons: [
      "Out-of-hours call handlers now see a household's support needs on screen before deciding whether losing heating is an emergency.",
      "We keep temporary heaters at each depot so they can go out the same day.",
    ],
  },
  {
    key: "back-door-repeat-visits",
    area: "repairs",
    topic: "the lock on your back door",
    whatHappened:
      "My back door has not locked properly for four months. Different workmen have been out five times and each one says it needs a new part, then nothing happens. I don't feel safe at night.",
    putRight: "Replace the door or the lock properly, and stop sending people who can't fix it.",
    points: [
      {
        summary: "Five visits failed to fix the back door lock.",
        upheld: "The job was closed as complete after each visit although the lock was not fixed. The part should have been ordered after the first visit.",
        partly: "The first two visits were reasonable attempts to find the fault. After that the part should have been ordered, and it was not.",
        notUpheld: "The lock was replaced on the third visit. The later visits were about the door frame swelling, which is a separate fault and is now fixed.",
      },
      {
        summary: "The resident was left with a home that could not be made secure.",
        upheld: "A door that cannot be locked is a security risk and should have been made safe the same day.",
        partly: "The door could be secured with the top bolt, but the lock should still have been treated as a priority repair.",
        notUpheld: "Our operative fitted a temporary lock on the first visit and you confirmed the door locked.",
      },
    ],
    causes: ["quality-of-work", "contractor", "delay"],
    actions: ["Fit a new back door with a multi-point lock", "Quality check the new door within 5 working days of fitting"],
    lessons: [
      "A repair cannot be closed as complete while a part is still on order; the job stays open and the resident is told the new date.",
      "Each month we review jobs that needed three or more visits, to catch repairs that keep failing.",
    ],
  },
  {
    key: "extractor-not-logged",
    area: "repairs",
    topic: "the repair to your kitchen extractor fan",
    whatHappened:
      "I reported a broken extractor fan in the kitchen twice and both times I was given a reference number. When I rang to chase it a month later there was no record of either call.",
    putRight: "Fix the fan, and tell me why my calls were not logged.",
    points: [
      {
        summary: "Two repair reports were not logged.",
        upheld: "We found both calls in our telephone system, but the repair was never raised. That was a failure in our process.",
        partly: "The second report was logged but cancelled in error when the job moved to a new contractor. We cannot find the first report.",
        notUpheld: "Both reports were logged and the fan was replaced. The later call was about the cooker hood, which belongs to you and which we do not maintain.",
      },
      {
        summary: "Nobody kept the resident updated.",
        upheld: "You should have had a text or letter confirming each repair and its appointment. You had neither.",
        partly: "You were sent a text for the first report but nothing after it was cancelled.",
        notUpheld: "Our records show texts were sent to the mobile number you gave us, confirming each appointment.",
      },
    ],
    causes: ["communication", "policy-or-process"],
    actions: ["Replace the kitchen extractor fan", "Check that the resident's mobile number is right on our system"],
    lessons: [
      "Every repair now sends a text or email with its reference, so a resident knows straight away if a job has not been raised.",
      "Jobs cancelled when work moves to a new contractor are now checked by a supervisor before they are closed.",
    ],
  },
  {
    key: "plumber-conduct",
    area: "repairs",
    topic: "how our plumber behaved in your home",
    whatHappened:
      "The plumber who came to fix my toilet was rude to me, left dirty water on the carpet and walked mud through the hall. He did not put down any dust sheets.",
    putRight: "Clean the carpet, and an apology from the company.",
    points: [
      {
        summary: "The operative was rude to the resident.",
        upheld: "The operative accepts he spoke to you in a way that was not acceptable. His manager has dealt with it.",
        partly: "We accept the operative was abrupt when you asked him to take his boots off. We could not confirm the other remarks.",
        notUpheld: "We spoke to the operative and his colleague, who was also there. We found no evidence that he was rude, but we are sorry you were upset.",
      },
      {
        summary: "The home was left dirty and the carpet was marked.",
        upheld: "The operative did not use dust sheets, which our contract requires, and the carpet was marked.",
        partly: "The hall was left muddy, but the mark in the bathroom was there before the visit, as our photographs show.",
        notUpheld: "Photographs taken at the end of the job show the area was left clean.",
      },
    ],
    causes: ["staff-conduct", "contractor"],
    actions: ["Pay for a professional carpet clean", "Repeat code of conduct training for the contractor's plumbing team"],
    lessons: [
      "Contractor operatives now photograph the work area before and after every job in a resident's home.",
      "Residents get a short survey by text after each repair, so problems with conduct reach us within days, not weeks.",
    ],
  },
  {
    key: "gutter-scaffolding",
    area: "repairs",
    topic: "the broken gutter at the front of your home",
    whatHappened:
      "The gutter at the front of the house has been hanging off since the storm in the autumn. Water pours down the wall every time it rains. I keep being told it needs scaffolding and is 'on the list'.",
    putRight: "Put the gutter back and tell me when it will be done.",
    points: [
      {
        summary: "The gutter repair has taken too long.",
        upheld: "The repair needed scaffolding but should still have been done within 20 working days. It has taken more than three months.",
        partly: "Storm damage across the area delayed all scaffold jobs for several weeks, but yours then waited longer than it should have.",
        notUpheld: "Scaffolding was booked for the first available date after the storm, and the delay was caused by high winds that made it unsafe to work at height.",
      },
      {
        summary: "The resident was not told when the work would happen.",
        upheld: "Nobody gave you a date, and you had to chase us four times.",
        partly: "You were given a date, but not told when it changed.",
        notUpheld: "We wrote to you with the date and rang you when it moved because of the weather.",
      },
    ],
    causes: ["delay", "communication", "contractor"],
    actions: ["Book scaffolding and refix the front gutter", "Inspect the front wall for water damage once the gutter is fixed"],
    lessons: [
      "Jobs that need scaffolding now get a target date when they are raised, and the resident is told it.",
      "After a storm we group gutter and roof repairs by street so scaffolding can be shared and jobs are not left waiting.",
    ],
  },

  // ── Damp and mould ─────────────────────────────────────────────────────
  {
    key: "mould-childrens-bedroom",
    area: "damp-and-mould",
    topic: "mould in your children's bedroom",
    whatHappened:
      "There is black mould on the walls and ceiling in my children's bedroom. When I reported it the surveyor told me to open the windows and stop drying washing indoors. The mould came back within weeks and my youngest has asthma.",
    putRight: "Find out what is really causing it and fix it. I don't want to be blamed for it.",
    points: [
      {
        summary: "The resident was blamed for the mould instead of the cause being investigated.",
        upheld: "The surveyor's report looked only at how the home is used and did not check ventilation, insulation or leaks. That is not what our damp and mould policy requires.",
        partly: "The survey did check ventilation, but the advice you were given was worded in a way that put the blame on you. That was wrong.",
        notUpheld: "The survey checked ventilation, insulation and the roof and found no defect. The advice given was general guidance, not blame.",
      },
      {
        summary: "The mould treatment did not last.",
        upheld: "The mould was washed off but the cause was not dealt with, so it was always likely to come back.",
        partly: "The treatment was done properly, but a follow-up visit should have been booked for six weeks later and was not.",
        notUpheld: "The treatment was done to our standard and the follow-up visit found no regrowth. The new mould is in a different room.",
      },
    ],
    causes: ["condition-of-home", "communication", "quality-of-work"],
    actions: ["Carry out a full damp and mould survey with moisture readings", "Fit a continuous-running extractor fan in the bathroom", "Treat the mould and redecorate the bedroom"],
    lessons: [
      "Surveyors must rule out ventilation, insulation and leak faults before giving any advice about how a home is used.",
      "Any damp report from a household with a child or someone with a breathing condition is now inspected within 10 working days.",
    ],
  },
  {
    key: "damp-ground-floor-flat",
    area: "damp-and-mould",
    topic: "damp in your ground floor flat",
    whatHappened:
      "The bottom of the walls in my living room are wet to touch and the wallpaper is peeling. Someone came out eight weeks ago, took readings and said they would send a report. I have heard nothing since and my furniture is ruined.",
    putRight: "Fix the damp and replace my sofa and the carpet.",
    points: [
      {
        summary: "No action was taken after the damp inspection.",
        upheld: "The inspection found rising damp and recommended a new damp-proof course, but the work was never ordered.",
        partly: "The work was ordered, but it has been waiting for a contractor for longer than our 8-week target and you were not told.",
        notUpheld: "The work was ordered straight after the inspection and a start date was sent to you by letter.",
      },
      {
        summary: "The resident's furniture and carpet were damaged.",
        upheld: "The damage was caused by a defect we should have fixed sooner, so we will pay for the sofa and carpet.",
        partly: "We accept the carpet was damaged by the damp. The sofa is damaged mainly at the back, where it was against the wall, and we will pay towards it.",
        notUpheld: "We are sorry about your furniture. Our inspection found the damage came from a spill, not the damp, so we cannot pay for it; you may be able to claim on your contents insurance.",
      },
    ],
    causes: ["condition-of-home", "delay", "communication"],
    actions: ["Install a new damp-proof course in the living room", "Replaster and redecorate the affected walls"],
    lessons: [
      "Recommendations from damp inspections now create the follow-on work automatically, instead of waiting for someone to read the report.",
      "Residents now receive a copy of their damp survey and the date of any work within 10 working days of the inspection.",
    ],
  },
  {
    key: "condensation-windows",
    area: "damp-and-mould",
    topic: "condensation and mould around your windows",
    whatHappened:
      "Every morning the windows are streaming with water and the frames and sills have gone black. I wipe them every day. The trickle vents are broken and won't open.",
    putRight: "Repair or replace the windows so the vents work, and treat the mould.",
    points: [
      {
        summary: "Broken window vents were not repaired when reported.",
        upheld: "The broken vents were reported last winter and should have been replaced then.",
        partly: "Two of the four vents were replaced, but the operative did not check the others.",
        notUpheld: "The vents were replaced last winter and were working when we visited this month; they had been taped over.",
      },
    ],
    causes: ["condition-of-home", "quality-of-work"],
    actions: ["Replace the window trickle vents", "Wash and treat the window frames and sills"],
    lessons: [
      "Our damp checklist now includes testing every trickle vent and extractor fan in the home, not just the room reported.",
    ],
  },
  {
    key: "mould-after-leak",
    area: "damp-and-mould",
    topic: "mould after the leak in your kitchen",
    whatHappened:
      "After the leak under my kitchen sink was fixed, nobody came back to dry out the floor. Now there is mould up the wall behind the units and the kitchen smells.",
    putRight: "Dry the kitchen out properly, remove the mould and replace the damaged units.",
    points: [
      {
        summary: "The kitchen was not dried out after the leak was repaired.",
        upheld: "A drying-out visit should have been booked when the leak was fixed. It was not.",
        partly: "A dehumidifier was left, but it was collected after two days, which was not long enough.",
        notUpheld: "Our records show the kitchen was dried out over two weeks and moisture readings were normal when the dehumidifier was collected.",
      },
      {
        summary: "Damaged kitchen units have not been replaced.",
        upheld: "Two base units are swollen from the water and must be replaced.",
        partly: "One base unit is damaged and will be replaced; the others are sound and can be cleaned.",
        notUpheld: "Our surveyor found the units are sound and need cleaning only.",
      },
    ],
    causes: ["quality-of-work", "condition-of-home"],
    actions: ["Remove the mould and treat the wall behind the kitchen units", "Replace the two damaged kitchen base units"],
    lessons: ["Every leak repair now books a drying-out check two weeks later, with moisture readings recorded."],
  },

  // ── Anti-social behaviour ──────────────────────────────────────────────
  {
    key: "asb-noise-case-closed",
    area: "anti-social-behaviour",
    topic: "how we handled your reports of noise from next door",
    whatHappened:
      "I have reported loud music from next door most nights for five months and kept the diary sheets you sent me. Then I got a letter saying the case was closed. Nobody spoke to me before closing it.",
    putRight: "Reopen the case and actually do something about the noise.",
    points: [
      {
        summary: "The noise case was closed without speaking to the resident.",
        upheld: "Our procedure says we agree the closure of a case with the person who reported it. That did not happen.",
        partly: "The officer tried to ring you twice before closing the case, but should have written to you as well.",
        notUpheld: "The officer met you before closing the case and you agreed the noise had stopped. The letter confirmed that meeting.",
      },
      {
        summary: "The diary sheets were not acted on.",
        upheld: "The diary sheets showed a pattern that should have led to a warning to your neighbour. No warning was given.",
        partly: "A verbal warning was given, but we did not follow it up when your diary showed the noise had carried on.",
        notUpheld: "Your diary sheets were used to give your neighbour a written warning, and noise monitoring equipment was installed.",
      },
    ],
    causes: ["communication", "policy-or-process", "neighbourhood"],
    actions: ["Reopen the noise case and agree an action plan with the resident", "Install noise monitoring equipment for two weeks"],
    lessons: [
      "An anti-social behaviour case can only be closed after the officer has spoken to the person who reported it, or written to them twice.",
      "Diary sheets are now reviewed by a team leader within 10 working days of coming back.",
    ],
  },
  {
    key: "asb-harassment-no-callback",
    area: "anti-social-behaviour",
    topic: "our response to the harassment you reported",
    whatHappened:
      "A group of young men keep gathering on the landing outside my flat, smoking and shouting at me when I go in and out. I rang three times asking my housing officer to call me back. Nobody did.",
    putRight: "I want my calls returned and the landing made safe.",
    points: [
      {
        summary: "The housing officer did not return the resident's calls.",
        upheld: "Three messages were left for the officer and none was returned. Our standard is to call back within 2 working days.",
        partly: "The officer was off sick and messages were not passed to a colleague until the third call.",
        notUpheld: "The officer returned each call within 2 working days and left voicemails; we have shared the call log with you.",
      },
      {
        summary: "Nothing was done to make the landing safe.",
        upheld: "We should have repaired the door entry system and worked with the police sooner.",
        partly: "The door entry system was repaired, but we did not tell you or check whether the problem had stopped.",
        notUpheld: "The door entry was repaired and a joint patrol with the police was arranged within a week of your first call.",
      },
    ],
    causes: ["communication", "neighbourhood", "staff-conduct"],
    actions: ["Repair the door entry system on the block", "Arrange a joint visit with the neighbourhood police team"],
    lessons: [
      "Messages for a housing officer who is away are now passed to a named colleague the same day.",
      "When someone reports harassment we now make a risk assessment within 24 hours, as our policy sets out.",
    ],
  },

  // ── Planned maintenance ────────────────────────────────────────────────
  {
    key: "kitchen-replacement-skipped",
    area: "planned-maintenance",
    topic: "your kitchen replacement",
    whatHappened:
      "Everyone else in my street had a new kitchen last year. I was told mine would be done in the spring, and then I heard nothing. When I rang, they said my house had been missed off the list.",
    putRight: "Put my kitchen in as soon as possible and explain how this happened.",
    points: [
      {
        summary: "The home was left out of the kitchen replacement programme.",
        upheld: "Your home was in the programme but was removed in error when the contractor's list was updated.",
        partly: "Your home was moved to next year's programme after a survey, but we did not tell you why.",
        notUpheld: "Your kitchen was fitted in 2019 and is not due for replacement; the homes on your street had older kitchens.",
      },
    ],
    causes: ["policy-or-process", "communication"],
    actions: ["Fit a new kitchen within the current programme year"],
    lessons: ["Changes to the planned works list are now checked against the stock condition data before the contractor receives them."],
  },
  {
    key: "window-installers-damage",
    area: "planned-maintenance",
    topic: "damage caused when your windows were replaced",
    whatHappened:
      "The contractors who replaced my windows chipped the plaster around every frame, broke a vase on the windowsill and left the gaps unsealed. It has been three weeks and nobody has come back.",
    putRight: "Make good the plaster, seal the windows and pay for the vase.",
    points: [
      {
        summary: "The window installation was not finished to standard.",
        upheld: "The frames were not sealed and the plaster was not made good, which are part of the contract.",
        partly: "The sealing was done but the plastering was left for a second visit that was never booked.",
        notUpheld: "Our inspection found the work was finished to standard; the cracks in the plaster are above the frames and older.",
      },
      {
        summary: "The resident's belongings were damaged.",
        upheld: "The contractor accepts the vase was broken by their team and will pay for it.",
        partly: "The contractor accepts breaking the vase but not the other items, which were not mentioned at the time.",
        notUpheld: "The contractor's photographs show the windowsill had been cleared before work started.",
      },
    ],
    causes: ["contractor", "quality-of-work"],
    actions: ["Make good the plaster and reseal all new windows", "Post-completion inspection by our clerk of works"],
    lessons: ["Our clerk of works now inspects every home after planned works before the contractor is paid."],
  },

  // ── Gas and building safety ────────────────────────────────────────────
  {
    key: "gas-check-letter-tone",
    area: "building-safety",
    topic: "the letters about your gas safety check",
    whatHappened:
      "I got a letter saying you would force entry to my home for the gas check, when I had already rung to rebook it because I was in hospital. It was frightening.",
    putRight: "An apology, and make sure the letter isn't sent to people who have rebooked.",
    points: [
      {
        summary: "A forced-entry warning was sent after the resident had rebooked the gas check.",
        upheld: "You rebooked in time, but the letter was generated before the new appointment was entered.",
        partly: "The new appointment was entered the day after the letter went out. We should have rung you to say you could ignore it.",
        notUpheld: "Our records show the appointment was rebooked after the letter was sent, on the date it was due.",
      },
      {
        summary: "The letter was worded in a frightening way.",
        upheld: "The letter used legal language before explaining why the check matters and how to rebook. We have rewritten it.",
        partly: "The letter has to explain our legal right of entry, but it should start by explaining why the check matters and how to rebook.",
        notUpheld: "The letter follows the wording our legal team requires; we are sorry it caused you worry.",
      },
    ],
    causes: ["communication", "policy-or-process"],
    actions: ["Rewrite the gas access letters in plain English with residents"],
    lessons: ["Gas access letters are now checked against the appointment system on the morning they are printed.", "Letters about legal steps are now tested with the readers' panel before use."],
  },
  {
    key: "lift-out-of-service",
    area: "building-safety",
    topic: "the lift being out of service in your block",
    whatHappened:
      "The lift in our block has been broken for five weeks. I live on the fourth floor and use a walking frame, so I have hardly been able to leave the flat. Nobody told us when it would be fixed.",
    putRight: "Fix the lift, and keep us told. Help for people who can't use the stairs.",
    points: [
      {
        summary: "The lift repair took too long.",
        upheld: "The lift needed a part from abroad, but we should have started looking for it much sooner and escalated the contractor's delay.",
        partly: "The part had to be made to order, which took time, but we did not press the contractor for three weeks.",
        notUpheld: "The lift needed a new controller that had to be made to order; it was fitted the day it arrived.",
      },
      {
        summary: "Residents who cannot use the stairs were not offered help.",
        upheld: "We hold details of residents with mobility needs in the block and should have contacted each of them in the first week.",
        partly: "We phoned residents with mobility needs, but did not offer practical help such as shopping deliveries.",
        notUpheld: "Our records show a housing officer visited you in the first week and arranged help with shopping, which you declined.",
      },
    ],
    causes: ["delay", "contractor", "communication"],
    actions: ["Weekly update letters to the block until the lift is back in service", "Review the lift maintenance contract's repair timescales"],
    lessons: ["When a lift is out of service for more than 48 hours, we now contact every resident in the block with mobility needs."],
  },

  // ── Rent and service charges ───────────────────────────────────────────
  {
    key: "arrears-letter-universal-credit",
    area: "rent-and-income",
    topic: "the arrears letter you received",
    whatHappened:
      "I received a letter threatening court action for rent arrears, but my rent is paid directly by Universal Credit and the payment was just late from them. I was very upset.",
    putRight: "Take the letter back and correct my rent account.",
    points: [
      {
        summary: "An arrears letter was sent when the rent was paid directly by Universal Credit.",
        upheld: "Your account is flagged for direct payment and our arrears process should have held the letter until the payment was due.",
        partly: "The direct payment was late by 10 days; the letter was sent correctly by the system, but it should have been softer and explained the likely reason.",
        notUpheld: "The arrears were older than the Universal Credit payment and the letter was correct; we have set up a repayment plan with you.",
      },
    ],
    causes: ["policy-or-process", "communication"],
    actions: ["Correct the rent account and send a written apology", "Add direct-payment accounts to the arrears letter exclusions"],
    lessons: ["Accounts paid directly by Universal Credit are now held for 14 days before any arrears letter is produced."],
  },
  {
    key: "service-charge-unexplained",
    area: "rent-and-income",
    topic: "your service charge increase",
    whatHappened:
      "My service charge went up by £4 a week with no explanation. When I asked for a breakdown I was told to look on the website, but it isn't there.",
    putRight: "Send me a breakdown and explain the increase.",
    points: [
      {
        summary: "The service charge increase was not explained.",
        upheld: "The annual letter should have included a breakdown of each charge and why it changed. It did not.",
        partly: "A breakdown was available on request, but the letter should have included it and the website did not.",
        notUpheld: "The breakdown was included with the rent letter in March; we have sent you another copy.",
      },
    ],
    causes: ["communication"],
    actions: ["Send the resident a full service charge breakdown"],
    lessons: ["Annual rent letters now include a line-by-line service charge breakdown and the reason for each change."],
  },

  // ── Estate services ────────────────────────────────────────────────────
  {
    key: "communal-bins",
    area: "estate-services",
    topic: "the communal bins at your block",
    whatHappened:
      "The communal bins behind our block have been overflowing for weeks. There are rats now. The caretaker says the bin store is not his job.",
    putRight: "Empty the bins, deal with the rats and clean the bin store regularly.",
    points: [
      {
        summary: "The communal bin store was not kept clean.",
        upheld: "The bin store is part of the caretaking schedule and was missed for several weeks after a change of staff.",
        partly: "The store was cleaned on schedule, but extra collections were needed and we did not arrange them.",
        notUpheld: "The store was cleaned weekly; the overflow was caused by missed council collections, which we have taken up with the council.",
      },
      {
        summary: "Pest control was not arranged.",
        upheld: "Rats were reported to us and pest control should have been booked within 5 working days.",
        partly: "Pest control was booked, but only for the bin store and not the gardens next to it.",
        notUpheld: "Pest control visited within 3 working days of the first report and is visiting weekly.",
      },
    ],
    causes: ["policy-or-process", "staff-conduct", "neighbourhood"],
    actions: ["Arrange weekly pest control visits until the rats are gone", "Add the bin store to the caretaker's weekly checklist"],
    lessons: ["Caretaking schedules now list every bin store by name, so nothing is missed when staff change."],
  },
  {
    key: "fly-tipping",
    area: "estate-services",
    topic: "the rubbish dumped on your estate",
    whatHappened:
      "Someone dumped a mattress, a fridge and bags of rubbish by the garages. I reported it four weeks ago and it is still there. Children are playing on it.",
    putRight: "Take it away, and put up a camera or sign to stop it happening again.",
    points: [
      {
        summary: "Fly-tipping was not removed within our timescale.",
        upheld: "Our standard is to remove fly-tipping within 5 working days. This took four weeks.",
        partly: "The bags were removed within a week, but the fridge and mattress needed a special collection that was not booked.",
        notUpheld: "The rubbish was removed within 5 working days; more was dumped in the same place the following week.",
      },
    ],
    causes: ["delay", "neighbourhood"],
    actions: ["Remove the fly-tipping by the garages", "Put up warning signs and ask the council about a camera"],
    lessons: ["Bulky fly-tipping is now booked with the specialist collection when it is first reported, not after a caretaker visit."],
  },

  // ── Grounds maintenance ────────────────────────────────────────────────
  {
    key: "grass-and-trees",
    area: "grounds-maintenance",
    topic: "grass cutting and overgrown trees on your estate",
    whatHappened:
      "The grass on the green hasn't been cut since June and the trees at the back are now blocking the light into my kitchen. We pay a service charge for this.",
    putRight: "Cut the grass on schedule, prune the trees, and refund the service charge for the missed visits.",
    points: [
      {
        summary: "Grass cutting visits were missed.",
        upheld: "The contractor missed four scheduled cuts. We will credit the service charge for them.",
        partly: "Two cuts were missed in the summer because of the weather, but should have been rescheduled.",
        notUpheld: "The contractor's records and photographs show every cut was done on schedule.",
      },
      {
        summary: "Overgrown trees were not pruned.",
        upheld: "The trees were due for pruning last year and were missed.",
        partly: "The trees are on council land; we should have reported them to the council for you sooner.",
        notUpheld: "The trees were pruned in March, in line with our three-year cycle and the bird nesting season.",
      },
    ],
    causes: ["contractor", "quality-of-work"],
    actions: ["Prune the trees behind the homes", "Credit the service charge for the missed grass cuts"],
    lessons: ["The grounds contractor now sends dated photographs of every site visit, and we pay only for visits with photographs."],
  },

  // ── Tenancy management ─────────────────────────────────────────────────
  {
    key: "succession-request",
    area: "tenancy-management",
    topic: "your request to take over the tenancy",
    whatHappened:
      "My mother died in the spring and I applied to take over her tenancy, as I have lived here for years caring for her. I have sent every document asked for, twice, and still have no decision.",
    putRight: "A decision on the tenancy, and someone who will actually answer my calls.",
    points: [
      {
        summary: "The succession application was not decided within our target.",
        upheld: "Our target is 8 weeks once documents are received. Your application has taken over 5 months.",
        partly: "One document was missing at first, but even allowing for that the decision took far too long.",
        notUpheld: "The decision was delayed while we waited for the probate documents we asked for; it was made within 8 weeks of receiving them.",
      },
      {
        summary: "The resident was asked for the same documents twice.",
        upheld: "The documents were received the first time but not saved to your file.",
        partly: "One document was lost when it was scanned; the rest should not have been asked for again.",
        notUpheld: "The first copies were unreadable scans; we asked for clearer copies and explained why.",
      },
    ],
    causes: ["delay", "policy-or-process", "communication"],
    actions: ["Make a decision on the succession application"],
    lessons: ["Succession applications are now tracked weekly by a team leader, with a named officer the family can contact.", "Documents sent to us are now saved to the tenancy file the day they arrive and the sender gets a receipt."],
  },

  // ── Lettings ───────────────────────────────────────────────────────────
  {
    key: "void-not-ready",
    area: "lettings",
    topic: "the condition of your new home when you moved in",
    whatHappened:
      "When I moved in, the flat had not been cleaned, there was rubbish in the garden and the cooker point did not work. I was told it met the letting standard.",
    putRight: "Clean it properly, fix the cooker point and give me something back for the cost of cleaning it myself.",
    points: [
      {
        summary: "The home did not meet the lettable standard at move-in.",
        upheld: "The final check before letting was not done. The home did not meet our lettable standard.",
        partly: "The cooker point was tested and passed, but the cleaning and garden did not meet our standard.",
        notUpheld: "The home passed the final check the day before you moved in; the cooker point fault was caused by a new cooker fitted after.",
      },
    ],
    causes: ["quality-of-work", "policy-or-process"],
    actions: ["Test and repair the cooker point", "Clear the garden"],
    lessons: ["No home is let until the final check has been signed off with photographs by someone other than the person who did the work."],
  },

  // ── Adaptations ────────────────────────────────────────────────────────
  {
    key: "walk-in-shower-delay",
    area: "adaptations",
    topic: "the walk-in shower recommended by the occupational therapist",
    whatHappened:
      "The occupational therapist recommended a walk-in shower for me a year ago. I still can't use the bath safely and have to wash at the sink. Every time I ring I'm told it's with the surveyor.",
    putRight: "Fit the shower, and give me a date.",
    points: [
      {
        summary: "The adaptation has taken too long.",
        upheld: "Our target for a level-access shower is 6 months from the recommendation. It has been a year.",
        partly: "There was a delay while funding was confirmed, but after that the work waited for a surveyor far too long.",
        notUpheld: "The work could not start until the structural survey found a way to take the drain through the floor; it is now booked.",
      },
    ],
    causes: ["delay", "policy-or-process"],
    actions: ["Fit a level-access shower"],
    lessons: ["Adaptation requests are now reviewed monthly against the 6-month target, with delays reported to the repairs and adaptations manager."],
  },

  // ── Leasehold and home ownership ───────────────────────────────────────
  {
    key: "shared-owner-major-works",
    area: "leasehold",
    topic: "the charge for major works to your building",
    whatHappened:
      "As a shared owner I've been sent a bill for £1,800 for roof works. I was never consulted before the work started, which I understand you have to do.",
    putRight: "Show me the consultation you did, or reduce the bill.",
    points: [
      {
        summary: "Shared owners were not consulted before the major works.",
        upheld: "We did not send the required consultation notices to the shared owners in your building.",
        partly: "The first notice was sent, but the second notice with the estimates was not.",
        notUpheld: "Both consultation notices were sent to your address; we have sent you copies.",
      },
    ],
    causes: ["policy-or-process", "communication"],
    actions: ["Cap the resident's contribution to the major works at the legal limit"],
    lessons: ["Major works in buildings with leaseholders or shared owners cannot be ordered until the home ownership team confirms consultation is complete."],
  },

  // ── Customer service ───────────────────────────────────────────────────
  {
    key: "calls-not-returned",
    area: "customer-service",
    topic: "waiting on the phone and calls not returned",
    whatHappened:
      "I waited 45 minutes on the phone twice this week. When I finally got through I was promised a call back by the end of the day, and it never came.",
    putRight: "Ring people back when you say you will, and answer the phone quicker.",
    points: [
      {
        summary: "Promised call backs were not made.",
        upheld: "Two call backs were promised and neither was made. That is not acceptable.",
        partly: "One call back was made but went to the wrong number; the other was not made.",
        notUpheld: "Our telephone records show both call backs were made and went to voicemail.",
      },
      {
        summary: "Call waiting times were too long.",
        upheld: "Our waiting times that week were far longer than our standard, because of staff sickness we did not plan for.",
        partly: "Waiting times were long on Monday mornings; the rest of the week was within our standard.",
        notUpheld: "Our records show your calls were answered within 6 minutes; you may have been waiting in a different queue.",
      },
    ],
    causes: ["communication", "policy-or-process"],
    actions: ["Introduce a call-back tracker in the contact centre"],
    lessons: ["Every promised call back is now logged with a deadline, and any not made by the end of the day is picked up by a team leader."],
  },
  {
    key: "letter-not-in-language",
    area: "customer-service",
    topic: "letters not sent in your language",
    whatHappened:
      "I told you when I signed my tenancy that I read Polish and need letters translated. Every letter still comes in English and I have to ask my daughter to read them to me.",
    putRight: "Send letters in Polish, as I asked.",
    points: [
      {
        summary: "Letters were not sent in the resident's preferred language.",
        upheld: "Your language was recorded at sign-up but not copied into our letters system.",
        partly: "Some letters were translated, but those produced by our rent system were not.",
        notUpheld: "Our records show you asked for letters in English at sign-up; we have now changed this to Polish.",
      },
    ],
    causes: ["communication", "policy-or-process"],
    actions: ["Update the resident's record so every letter is sent in Polish"],
    lessons: ["A resident's preferred language now flows from their profile to every system that produces letters, including rent and repairs."],
  },

  // ── Resident involvement ───────────────────────────────────────────────
  {
    key: "panel-recommendations-ignored",
    area: "resident-involvement",
    topic: "how the scrutiny panel's recommendations were handled",
    whatHappened:
      "Our scrutiny panel spent six months reviewing the repairs service and made ten recommendations. The board's response was a one-line email and nobody has told us which, if any, were accepted.",
    putRight: "A proper written response to each recommendation and a date to meet the board.",
    points: [
      {
        summary: "The panel's recommendations did not receive a proper response.",
        upheld: "Our involvement strategy commits us to a written response to each recommendation within 3 months. That did not happen.",
        partly: "The board did discuss each recommendation, but the panel was not sent the minutes or a written response.",
        notUpheld: "A written response to each recommendation was sent to the panel's chair; we have sent it to all members.",
      },
    ],
    causes: ["communication", "policy-or-process"],
    actions: ["Send the panel a written response to each recommendation", "Arrange a meeting between the panel and the board"],
    lessons: ["Scrutiny panel recommendations are now a standing board agenda item until each has a written response and an action plan."],
  },
];

/** Why a resident asks for stage 2: the points a stage 2 review looks at. */
export const STAGE2_POINTS: readonly StoryPoint[] = [
  {
    summary: "The work promised at stage 1 has still not been done.",
    upheld: "The work we promised at stage 1 was never booked. It now has a fixed date and a named manager will check it is done.",
    partly: "Part of the work was done, but the rest was not booked as we promised.",
    notUpheld: "The work promised at stage 1 was finished on time; our records include your signature on the job sheet.",
  },
  {
    summary: "The compensation offered at stage 1 does not reflect the time and trouble caused.",
    upheld: "Looking at the whole history, our stage 1 offer did not reflect how long the problem went on. We have increased it in line with our compensation policy.",
    partly: "We have increased the payment for the time the problem went on, but not for items our policy does not cover.",
    notUpheld: "The stage 1 offer followed our compensation policy, which is in line with the Ombudsman's remedies guidance, for the time the problem lasted.",
  },
  {
    summary: "The stage 1 response did not answer every part of the complaint.",
    upheld: "The stage 1 response missed part of your complaint. We have answered it in this response.",
    partly: "The stage 1 response touched on this part of your complaint but did not give a clear decision, which we now give.",
    notUpheld: "Each part of your complaint was answered at stage 1; this review agrees with those decisions.",
  },
  {
    summary: "Nobody was in touch after the stage 1 response, as had been promised.",
    upheld: "We promised to contact you within 10 working days of the stage 1 response and did not.",
    partly: "We wrote to you, but did not ring you as we had said we would.",
    notUpheld: "Our records show we rang you twice and wrote once after the stage 1 response.",
  },
];

export const EXTENSION_REASONS = {
  1: [
    "We are waiting for our contractor's inspection report and need it to answer your complaint properly.",
    "A specialist damp survey is booked and we need its findings before we can respond.",
    "The officer who dealt with your case is on leave and we need their account of what happened.",
    "Your complaint covers several teams and we are still gathering information from each of them.",
    "We need to listen to call recordings and check records going back several months.",
  ],
  2: [
    "The independent surveyor's report we asked for as part of this review is not ready yet.",
    "Our Director of Property wants to visit your home before we give our final response.",
    "We are reviewing call recordings and repair records going back more than a year.",
    "We have asked for legal advice on the points you raised and are waiting for it.",
  ],
} as const;

export interface RefusalStory {
  readonly reason: RefusalReason;
  readonly area: string;
  readonly whatHappened: (receivedOn: string) => string;
  readonly putRight: string;
  readonly explanation: (receivedOn: string) => string;
}

const yearsBefore = (on: string, years: number) => Number(on.slice(0, 4)) - years;

export const REFUSAL_STORIES: readonly RefusalStory[] = [
  {
    reason: "older-than-12-months",
    area: "planned-maintenance",
    whatHappened: (on) => `When your contractors replaced my radiators in ${yearsBefore(on, 2)} they damaged the laminate flooring in two rooms. I want it replaced.`,
    putRight: "Replace the laminate flooring in the living room and hall.",
    explanation: (on) =>
      `The flooring was damaged during work finished in ${yearsBefore(on, 2)}, more than 12 months before you told us, and you have not given a reason that stopped you raising it sooner. So we cannot accept it as a complaint. You can ask the Ombudsman to review this decision.`,
  },
  {
    reason: "legal-proceedings-started",
    area: "repairs",
    whatHappened: () => "I am complaining about the disrepair in my home: damp in the bathroom, the rotten back door and the kitchen units.",
    putRight: "Fix everything and compensate me.",
    explanation: () =>
      "Your solicitors have started a disrepair claim in the county court about the same matters, so the court will decide them. We will still carry out the repairs themselves. You can ask the Ombudsman to review this decision.",
  },
  {
    reason: "already-considered",
    area: "anti-social-behaviour",
    whatHappened: () => "I want to complain again about how you dealt with my neighbour's dog barking last year.",
    putRight: "Take action against my neighbour.",
    explanation: () =>
      "We gave our final response to this complaint at stage 2, so it has already been through our complaints procedure. If you are still unhappy with it, you can take it to the Ombudsman.",
  },
];
