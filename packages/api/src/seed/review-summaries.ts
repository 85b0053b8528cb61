// The "you said, we did" summaries of the demo reviews, in plain English
// (no sentence over 30 words, as the publication rule asks) with the staff
// translations some reviews were published with. One older summary is
// marked English only; drafts of reviews not yet approved are English alone.
import type { StorySummary } from "./review-stories.js";

export const REPAIRS_SUMMARY: StorySummary = {
  en: {
    headline: "Repairs: more jobs fixed on the first visit",
    youSaid: "You had to take time off work for appointments we then missed. Too many repairs needed a second visit. Out-of-hours calls were slow to be answered.",
    weDid:
      "We now offer morning, afternoon and school-hours appointments, and text you when the operative is on the way. Vans carry the parts needed most often, so more jobs are finished first time. A specialist contractor now answers and attends emergencies out of hours.",
  },
  translations: {
    cy: {
      headline: "Atgyweiriadau: mwy o swyddi wedi'u trwsio ar yr ymweliad cyntaf",
      youSaid: "Roedd rhaid i chi gymryd amser o'r gwaith ar gyfer apwyntiadau na wnaethon ni eu cadw. Roedd angen ail ymweliad ar ormod o atgyweiriadau. Roedd galwadau y tu allan i oriau'n cael eu hateb yn araf.",
      weDid:
        "Rydym bellach yn cynnig apwyntiadau yn y bore, yn y prynhawn ac yn ystod oriau ysgol, ac yn anfon neges destun pan fydd y gweithiwr ar ei ffordd. Mae'r faniau'n cario'r rhannau sydd eu hangen amlaf, felly mae mwy o swyddi'n cael eu gorffen y tro cyntaf. Mae contractwr arbenigol bellach yn ateb ac yn dod i argyfyngau y tu allan i oriau.",
    },
    ur: {
      headline: "مرمت: اب زیادہ کام پہلی ہی آمد پر مکمل",
      youSaid: "آپ کو ایسی ملاقاتوں کے لیے کام سے چھٹی لینی پڑی جن پر ہم نہیں پہنچے۔ بہت سی مرمتوں کے لیے دوسری بار آنا پڑا۔ دفتری اوقات کے بعد کی کالوں کا جواب دیر سے ملتا تھا۔",
      weDid:
        "اب ہم صبح، دوپہر اور اسکول کے اوقات میں ملاقات کا وقت دیتے ہیں، اور کاریگر کے راستے میں ہونے پر آپ کو پیغام بھیجتے ہیں۔ گاڑیوں میں وہ پرزے رکھے جاتے ہیں جن کی سب سے زیادہ ضرورت پڑتی ہے، اس لیے زیادہ کام پہلی بار میں مکمل ہو جاتے ہیں۔ دفتری اوقات کے بعد ہنگامی صورت میں اب ایک ماہر ٹھیکیدار جواب دیتا ہے اور موقع پر پہنچتا ہے۔",
    },
  },
};

export const ASB_SUMMARY: StorySummary = {
  en: {
    headline: "Anti-social behaviour: clearer updates and more support",
    youSaid: "You did not know what was happening after you reported a problem. You felt you had to prove everything yourself. Some of you did not know you could report hate incidents to us.",
    weDid:
      "Your officer now agrees an action plan with you and calls you every two weeks until the case is closed. We offer you an independent victim support service at the start of every case. You can report hate incidents online, by phone or at any of our offices.",
  },
  englishOnly: true,
};

export const DAMP_SUMMARY: StorySummary = {
  en: {
    headline: "Damp and mould: we now find and fix the cause",
    youSaid:
      "Mould kept coming back after we washed it off. You waited too long for a visit when a baby or someone unwell lived in the home. You did not know what we had found or fixed.",
    weDid:
      "A surveyor and an operative now visit together and fix the cause on the first visit. Homes with young children, older people or anyone with breathing problems get a visit within two working days. After every visit you get a note of what we found and did, in your language. We call you twelve weeks later to check your home is still dry.",
  },
  translations: {
    cy: {
      headline: "Lleithder a llwydni: rydym bellach yn canfod ac yn trwsio'r achos",
      youSaid:
        "Roedd y llwydni'n dod yn ôl ar ôl i ni ei olchi i ffwrdd. Roeddech yn aros yn rhy hir am ymweliad pan oedd babi neu rywun sâl yn byw yn y cartref. Doeddech chi ddim yn gwybod beth roedden ni wedi'i ganfod na'i drwsio.",
      weDid:
        "Mae syrfëwr a gweithiwr bellach yn ymweld gyda'i gilydd ac yn trwsio'r achos ar yr ymweliad cyntaf. Mae cartrefi gyda phlant ifanc, pobl hŷn neu unrhyw un â phroblemau anadlu yn cael ymweliad o fewn dau ddiwrnod gwaith. Ar ôl pob ymweliad rydych yn cael nodyn yn eich iaith chi o'r hyn a ganfuwyd ac a wnaed. Rydym yn eich ffonio ddeuddeg wythnos yn ddiweddarach i wirio bod eich cartref yn dal yn sych.",
    },
    pl: {
      headline: "Wilgoć i pleśń: teraz znajdujemy i usuwamy przyczynę",
      youSaid:
        "Pleśń wracała po tym, jak ją zmyliśmy. Zbyt długo czekaliście na wizytę, gdy w domu mieszkało niemowlę lub osoba chora. Nie wiedzieliście, co ustaliliśmy ani co naprawiliśmy.",
      weDid:
        "Teraz inspektor i fachowiec przychodzą razem i usuwają przyczynę już podczas pierwszej wizyty. Domy, w których mieszkają małe dzieci, osoby starsze lub osoby z problemami z oddychaniem, odwiedzamy w ciągu dwóch dni roboczych. Po każdej wizycie otrzymujecie w swoim języku notatkę o tym, co ustaliliśmy i co zrobiliśmy. Po dwunastu tygodniach dzwonimy, aby sprawdzić, czy w domu nadal jest sucho.",
    },
  },
};

export const BUILDING_SAFETY_SUMMARY: StorySummary = {
  en: {
    headline: "Safety checks: fewer missed appointments, clearer letters",
    youSaid:
      "Letters about gas and electrical checks were hard to understand and came at short notice. Appointments did not fit around work or school. You wanted to know when the fire doors and alarms in your block were last checked.",
    weDid:
      "Letters are now shorter and in plain language, and you can choose or change your appointment online or by text. We offer early morning, evening and Saturday appointments. Each block's noticeboard shows the date of its latest fire safety checks.",
  },
  translations: {
    cy: {
      headline: "Gwiriadau diogelwch: llai o apwyntiadau wedi'u colli, llythyrau cliriach",
      youSaid:
        "Roedd llythyrau am wiriadau nwy a thrydan yn anodd eu deall ac yn cyrraedd ar fyr rybudd. Doedd apwyntiadau ddim yn gweddu i oriau gwaith nac ysgol. Roeddech eisiau gwybod pryd cafodd drysau tân a larymau eich bloc eu gwirio ddiwethaf.",
      weDid:
        "Mae llythyrau bellach yn fyrrach ac mewn iaith glir, a gallwch ddewis neu newid eich apwyntiad ar-lein neu drwy neges destun. Rydym yn cynnig apwyntiadau yn gynnar yn y bore, gyda'r nos ac ar ddydd Sadwrn. Mae hysbysfwrdd pob bloc yn dangos dyddiad ei wiriadau diogelwch tân diweddaraf.",
    },
    ar: {
      headline: "فحوصات السلامة: مواعيد فائتة أقل ورسائل أوضح",
      youSaid:
        "كانت رسائل فحوصات الغاز والكهرباء صعبة الفهم وتصل قبل وقت قصير. ولم تكن المواعيد تناسب أوقات العمل أو المدرسة. وأردتم أن تعرفوا متى فُحصت أبواب الحريق وأجهزة الإنذار في مبناكم آخر مرة.",
      weDid:
        "أصبحت الرسائل الآن أقصر وبلغة واضحة، ويمكنكم اختيار موعدكم أو تغييره عبر الإنترنت أو برسالة نصية. ونقدم مواعيد في الصباح الباكر وفي المساء وأيام السبت. وتعرض لوحة الإعلانات في كل مبنى تاريخ آخر فحوصات للسلامة من الحريق.",
    },
  },
};

/** Approved, not yet published: the English draft the review group agreed. */
export const ESTATE_SUMMARY: StorySummary = {
  en: {
    headline: "Estate cleaning: a clean you can check",
    youSaid: "Stairs and bin stores were not cleaned as often as we promised. You could not tell when the cleaner had been. When the caretaker was off, nobody covered.",
    weDid:
      "We will let a new cleaning contract with set standards and photographs of what clean looks like. Every block will have a cleaning log by the entrance. Residents will score estate inspections with us every quarter, and poor scores will cut the contractor's payment.",
  },
};

/** Still being written with the report. */
export const CUSTOMER_SERVICE_SUMMARY: StorySummary = {
  en: {
    headline: "Contacting us: sorted at the first call",
    youSaid: "You waited too long on the phone on Monday mornings. You were passed between teams and had to repeat yourself. Not everyone can or wants to use the online account.",
    weDid:
      "We will answer the most common questions at the first call instead of passing them on. At busy times we will offer to call you back, so you do not wait on hold. The phone line and our offices stay open for anyone who prefers them.",
  },
};
