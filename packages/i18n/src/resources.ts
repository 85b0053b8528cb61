// One import per locale file so bundlers see them all; regenerate when adding a locale.

import en_common from "../locales/en/common.json";
import en_errors from "../locales/en/errors.json";
import en_portal from "../locales/en/portal.json";
import en_console from "../locales/en/console.json";
import cy_common from "../locales/cy/common.json";
import cy_errors from "../locales/cy/errors.json";
import cy_portal from "../locales/cy/portal.json";
import cy_console from "../locales/cy/console.json";
import pl_common from "../locales/pl/common.json";
import pl_errors from "../locales/pl/errors.json";
import pl_portal from "../locales/pl/portal.json";
import pl_console from "../locales/pl/console.json";
import ur_common from "../locales/ur/common.json";
import ur_errors from "../locales/ur/errors.json";
import ur_portal from "../locales/ur/portal.json";
import ur_console from "../locales/ur/console.json";
import ar_common from "../locales/ar/common.json";
import ar_errors from "../locales/ar/errors.json";
import ar_portal from "../locales/ar/portal.json";
import ar_console from "../locales/ar/console.json";
import so_common from "../locales/so/common.json";
import so_errors from "../locales/so/errors.json";
import so_portal from "../locales/so/portal.json";
import so_console from "../locales/so/console.json";

export const resources = {
  en: { common: en_common, errors: en_errors, portal: en_portal, console: en_console },
  cy: { common: cy_common, errors: cy_errors, portal: cy_portal, console: cy_console },
  pl: { common: pl_common, errors: pl_errors, portal: pl_portal, console: pl_console },
  ur: { common: ur_common, errors: ur_errors, portal: ur_portal, console: ur_console },
  ar: { common: ar_common, errors: ar_errors, portal: ar_portal, console: ar_console },
  so: { common: so_common, errors: so_errors, portal: so_portal, console: so_console },
} as const;
