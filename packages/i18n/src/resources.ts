// One import per locale file so bundlers see them all; regenerate when adding a locale.

import en_common from "../locales/en/common.json" with { type: "json" };
import en_errors from "../locales/en/errors.json" with { type: "json" };
import en_portal from "../locales/en/portal.json" with { type: "json" };
import en_console from "../locales/en/console.json" with { type: "json" };
import en_complaints from "../locales/en/complaints.json" with { type: "json" };
import en_messages from "../locales/en/messages.json" with { type: "json" };
import en_casework from "../locales/en/casework.json" with { type: "json" };
import cy_common from "../locales/cy/common.json" with { type: "json" };
import cy_errors from "../locales/cy/errors.json" with { type: "json" };
import cy_portal from "../locales/cy/portal.json" with { type: "json" };
import cy_console from "../locales/cy/console.json" with { type: "json" };
import cy_complaints from "../locales/cy/complaints.json" with { type: "json" };
import cy_messages from "../locales/cy/messages.json" with { type: "json" };
import cy_casework from "../locales/cy/casework.json" with { type: "json" };
import pl_common from "../locales/pl/common.json" with { type: "json" };
import pl_errors from "../locales/pl/errors.json" with { type: "json" };
import pl_portal from "../locales/pl/portal.json" with { type: "json" };
import pl_console from "../locales/pl/console.json" with { type: "json" };
import pl_complaints from "../locales/pl/complaints.json" with { type: "json" };
import pl_messages from "../locales/pl/messages.json" with { type: "json" };
import pl_casework from "../locales/pl/casework.json" with { type: "json" };
import ur_common from "../locales/ur/common.json" with { type: "json" };
import ur_errors from "../locales/ur/errors.json" with { type: "json" };
import ur_portal from "../locales/ur/portal.json" with { type: "json" };
import ur_console from "../locales/ur/console.json" with { type: "json" };
import ur_complaints from "../locales/ur/complaints.json" with { type: "json" };
import ur_messages from "../locales/ur/messages.json" with { type: "json" };
import ur_casework from "../locales/ur/casework.json" with { type: "json" };
import ar_common from "../locales/ar/common.json" with { type: "json" };
import ar_errors from "../locales/ar/errors.json" with { type: "json" };
import ar_portal from "../locales/ar/portal.json" with { type: "json" };
import ar_console from "../locales/ar/console.json" with { type: "json" };
import ar_complaints from "../locales/ar/complaints.json" with { type: "json" };
import ar_messages from "../locales/ar/messages.json" with { type: "json" };
import ar_casework from "../locales/ar/casework.json" with { type: "json" };
import so_common from "../locales/so/common.json" with { type: "json" };
import so_errors from "../locales/so/errors.json" with { type: "json" };
import so_portal from "../locales/so/portal.json" with { type: "json" };
import so_console from "../locales/so/console.json" with { type: "json" };
import so_complaints from "../locales/so/complaints.json" with { type: "json" };
import so_messages from "../locales/so/messages.json" with { type: "json" };
import so_casework from "../locales/so/casework.json" with { type: "json" };

export const resources = {
  en: { common: en_common, errors: en_errors, portal: en_portal, console: en_console, complaints: en_complaints, messages: en_messages, casework: en_casework },
  cy: { common: cy_common, errors: cy_errors, portal: cy_portal, console: cy_console, complaints: cy_complaints, messages: cy_messages, casework: cy_casework },
  pl: { common: pl_common, errors: pl_errors, portal: pl_portal, console: pl_console, complaints: pl_complaints, messages: pl_messages, casework: pl_casework },
  ur: { common: ur_common, errors: ur_errors, portal: ur_portal, console: ur_console, complaints: ur_complaints, messages: ur_messages, casework: ur_casework },
  ar: { common: ar_common, errors: ar_errors, portal: ar_portal, console: ar_console, complaints: ar_complaints, messages: ar_messages, casework: ar_casework },
  so: { common: so_common, errors: so_errors, portal: so_portal, console: so_console, complaints: so_complaints, messages: so_messages, casework: so_casework },
} as const;
