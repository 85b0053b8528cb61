// Participatory budgeting: ballots, outcome rules and the pabulib format.
export { PbSyntaxError, parsePb, writePb, type PbInstance, type PbProject, type PbVote } from "./pabulib.js";
export { pbBallotProblems, pbBallotTypeOf, type PbBallotProblem, type PbBallotType } from "./ballot.js";
export {
  isExhaustive,
  pbApprovals,
  pbRuleOf,
  pbScores,
  type PbCompletion,
  type PbLotRecord,
  type PbOutcome,
  type PbRule,
  type PbRuleChoice,
} from "./outcome.js";
export { selectGreedy, type GreedyOptions } from "./greedy.js";
export { selectEqualShares, type EqualSharesOptions } from "./equal-shares.js";
