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
// Running an election: who votes, how a marked ballot is read, codes, the ballot list and the timetable.
export { LEASEHOLDER_TENURES, TENANT_TENURES, isOnRoll, rollExclusion, type RollCandidate, type RollExclusion, type RollRule, type TenancyRole, type Tenure } from "./roll.js";
export { choicesFromCrosses, rankFromPreferences, type BallotProblem, type MarkedBallot, type VotingSystem } from "./marked-ballot.js";
export { RECEIPT_CODE, VOTING_CODE, makeCode, normaliseCode, type CodeShape } from "./codes.js";
export { chainBallots, chainGenesis, chainLink, firstBrokenLink, type ChainedBallot, type Hash } from "./ballot-chain.js";
export { LOCKED_AT_OPENING, electionPhase, isLocked, timetableProblems, type ElectionPhase, type ElectionProgress, type LockedField, type Timetable, type TimetableProblem } from "./timetable.js";
