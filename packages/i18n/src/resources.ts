// One import per locale file so bundlers see them all; regenerate when adding a locale.

import en_common from "../locales/en/common.json" with { type: "json" };
import en_errors from "../locales/en/errors.json" with { type: "json" };
import en_portal from "../locales/en/portal.json" with { type: "json" };
import en_console from "../locales/en/console.json" with { type: "json" };
import en_complaints from "../locales/en/complaints.json" with { type: "json" };
import en_messages from "../locales/en/messages.json" with { type: "json" };
import en_casework from "../locales/en/casework.json" with { type: "json" };
import en_reviews from "../locales/en/reviews.json" with { type: "json" };
import en_programme from "../locales/en/programme.json" with { type: "json" };
import en_reviewplan from "../locales/en/reviewplan.json" with { type: "json" };
import en_evidence from "../locales/en/evidence.json" with { type: "json" };
import en_publication from "../locales/en/publication.json" with { type: "json" };
import en_elections from "../locales/en/elections.json" with { type: "json" };
import en_voting from "../locales/en/voting.json" with { type: "json" };
import en_counting from "../locales/en/counting.json" with { type: "json" };
import cy_common from "../locales/cy/common.json" with { type: "json" };
import cy_errors from "../locales/cy/errors.json" with { type: "json" };
import cy_portal from "../locales/cy/portal.json" with { type: "json" };
import cy_console from "../locales/cy/console.json" with { type: "json" };
import cy_complaints from "../locales/cy/complaints.json" with { type: "json" };
import cy_messages from "../locales/cy/messages.json" with { type: "json" };
import cy_casework from "../locales/cy/casework.json" with { type: "json" };
import cy_reviews from "../locales/cy/reviews.json" with { type: "json" };
import cy_programme from "../locales/cy/programme.json" with { type: "json" };
import cy_reviewplan from "../locales/cy/reviewplan.json" with { type: "json" };
import cy_evidence from "../locales/cy/evidence.json" with { type: "json" };
import cy_publication from "../locales/cy/publication.json" with { type: "json" };
import cy_elections from "../locales/cy/elections.json" with { type: "json" };
import cy_voting from "../locales/cy/voting.json" with { type: "json" };
import cy_counting from "../locales/cy/counting.json" with { type: "json" };
import pl_common from "../locales/pl/common.json" with { type: "json" };
import pl_errors from "../locales/pl/errors.json" with { type: "json" };
import pl_portal from "../locales/pl/portal.json" with { type: "json" };
import pl_console from "../locales/pl/console.json" with { type: "json" };
import pl_complaints from "../locales/pl/complaints.json" with { type: "json" };
import pl_messages from "../locales/pl/messages.json" with { type: "json" };
import pl_casework from "../locales/pl/casework.json" with { type: "json" };
import pl_reviews from "../locales/pl/reviews.json" with { type: "json" };
import pl_programme from "../locales/pl/programme.json" with { type: "json" };
import pl_reviewplan from "../locales/pl/reviewplan.json" with { type: "json" };
import pl_evidence from "../locales/pl/evidence.json" with { type: "json" };
import pl_publication from "../locales/pl/publication.json" with { type: "json" };
import pl_elections from "../locales/pl/elections.json" with { type: "json" };
import pl_voting from "../locales/pl/voting.json" with { type: "json" };
import pl_counting from "../locales/pl/counting.json" with { type: "json" };
import ur_common from "../locales/ur/common.json" with { type: "json" };
import ur_errors from "../locales/ur/errors.json" with { type: "json" };
import ur_portal from "../locales/ur/portal.json" with { type: "json" };
import ur_console from "../locales/ur/console.json" with { type: "json" };
import ur_complaints from "../locales/ur/complaints.json" with { type: "json" };
import ur_messages from "../locales/ur/messages.json" with { type: "json" };
import ur_casework from "../locales/ur/casework.json" with { type: "json" };
import ur_reviews from "../locales/ur/reviews.json" with { type: "json" };
import ur_programme from "../locales/ur/programme.json" with { type: "json" };
import ur_reviewplan from "../locales/ur/reviewplan.json" with { type: "json" };
import ur_evidence from "../locales/ur/evidence.json" with { type: "json" };
import ur_publication from "../locales/ur/publication.json" with { type: "json" };
import ur_elections from "../locales/ur/elections.json" with { type: "json" };
import ur_voting from "../locales/ur/voting.json" with { type: "json" };
import ur_counting from "../locales/ur/counting.json" with { type: "json" };
import ar_common from "../locales/ar/common.json" with { type: "json" };
import ar_errors from "../locales/ar/errors.json" with { type: "json" };
import ar_portal from "../locales/ar/portal.json" with { type: "json" };
import ar_console from "../locales/ar/console.json" with { type: "json" };
import ar_complaints from "../locales/ar/complaints.json" with { type: "json" };
import ar_messages from "../locales/ar/messages.json" with { type: "json" };
import ar_casework from "../locales/ar/casework.json" with { type: "json" };
import ar_reviews from "../locales/ar/reviews.json" with { type: "json" };
import ar_programme from "../locales/ar/programme.json" with { type: "json" };
import ar_reviewplan from "../locales/ar/reviewplan.json" with { type: "json" };
import ar_evidence from "../locales/ar/evidence.json" with { type: "json" };
import ar_publication from "../locales/ar/publication.json" with { type: "json" };
import ar_elections from "../locales/ar/elections.json" with { type: "json" };
import ar_voting from "../locales/ar/voting.json" with { type: "json" };
import ar_counting from "../locales/ar/counting.json" with { type: "json" };
import so_common from "../locales/so/common.json" with { type: "json" };
import so_errors from "../locales/so/errors.json" with { type: "json" };
import so_portal from "../locales/so/portal.json" with { type: "json" };
import so_console from "../locales/so/console.json" with { type: "json" };
import so_complaints from "../locales/so/complaints.json" with { type: "json" };
import so_messages from "../locales/so/messages.json" with { type: "json" };
import so_casework from "../locales/so/casework.json" with { type: "json" };
import so_reviews from "../locales/so/reviews.json" with { type: "json" };
import so_programme from "../locales/so/programme.json" with { type: "json" };
import so_reviewplan from "../locales/so/reviewplan.json" with { type: "json" };
import so_evidence from "../locales/so/evidence.json" with { type: "json" };
import so_publication from "../locales/so/publication.json" with { type: "json" };
import so_elections from "../locales/so/elections.json" with { type: "json" };
import so_voting from "../locales/so/voting.json" with { type: "json" };
import so_counting from "../locales/so/counting.json" with { type: "json" };

export const resources = {
  en: { common: en_common, errors: en_errors, portal: en_portal, console: en_console, complaints: en_complaints, messages: en_messages, casework: en_casework, reviews: en_reviews, programme: en_programme, reviewplan: en_reviewplan, evidence: en_evidence, publication: en_publication, elections: en_elections, voting: en_voting, counting: en_counting },
  cy: { common: cy_common, errors: cy_errors, portal: cy_portal, console: cy_console, complaints: cy_complaints, messages: cy_messages, casework: cy_casework, reviews: cy_reviews, programme: cy_programme, reviewplan: cy_reviewplan, evidence: cy_evidence, publication: cy_publication, elections: cy_elections, voting: cy_voting, counting: cy_counting },
  pl: { common: pl_common, errors: pl_errors, portal: pl_portal, console: pl_console, complaints: pl_complaints, messages: pl_messages, casework: pl_casework, reviews: pl_reviews, programme: pl_programme, reviewplan: pl_reviewplan, evidence: pl_evidence, publication: pl_publication, elections: pl_elections, voting: pl_voting, counting: pl_counting },
  ur: { common: ur_common, errors: ur_errors, portal: ur_portal, console: ur_console, complaints: ur_complaints, messages: ur_messages, casework: ur_casework, reviews: ur_reviews, programme: ur_programme, reviewplan: ur_reviewplan, evidence: ur_evidence, publication: ur_publication, elections: ur_elections, voting: ur_voting, counting: ur_counting },
  ar: { common: ar_common, errors: ar_errors, portal: ar_portal, console: ar_console, complaints: ar_complaints, messages: ar_messages, casework: ar_casework, reviews: ar_reviews, programme: ar_programme, reviewplan: ar_reviewplan, evidence: ar_evidence, publication: ar_publication, elections: ar_elections, voting: ar_voting, counting: ar_counting },
  so: { common: so_common, errors: so_errors, portal: so_portal, console: so_console, complaints: so_complaints, messages: so_messages, casework: so_casework, reviews: so_reviews, programme: so_programme, reviewplan: so_reviewplan, evidence: so_evidence, publication: so_publication, elections: so_elections, voting: so_voting, counting: so_counting },
} as const;
