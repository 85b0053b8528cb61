import { hydrateHearth } from "@hearth/ui/remix";

hydrateHearth();
