// Counting rules for resident board elections.
export type { Election, RankedBallot } from "./ballots.js";
export { groupBallots } from "./ballots.js";
export { BltSyntaxError, parseBlt, writeBlt, type ParseBltOptions } from "./blt.js";
export { formatFixed, parseFixed } from "./fixed-point.js";
export { createLot, lotSequence, DEFAULT_SEED, type Lot, type LotDraw } from "./lot.js";
export {
  stageToJson,
  stageTotal,
  type LotRecord,
  type Stage,
  type StageAction,
  type StageJson,
  type StageNote,
  type StvResult,
} from "./stage-table.js";
export { countScottishStv, type ScottishStvOptions } from "./stv-scottish.js";
export { countMeekStv, type MeekStvOptions } from "./stv-meek.js";
export { countPlurality, type PluralityOptions, type TallyResult } from "./plurality.js";
export { countApproval, type ApprovalOptions } from "./approval.js";
