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
// Setting up an election (officer console).
export { formatElectionReference, nextElectionReference, parseElectionReference } from "./reference.js";
export { ELECTORATES, MAX_SEATS, MIN_SEATS, VOTING_SYSTEMS, defaultVotingSystem, settingsProblems, type ElectionSettings, type Electorate, type SettingsField, type SettingsProblem } from "./settings.js";
export { MAX_SCORE, MIN_SCORE, SKILLS_CRITERIA, candidateScore, scoreSheetProblems, suggestShortlist, type CandidateScore, type CriterionScore, type PanelScore, type RankedCandidate, type ScoreSheetProblem, type ShortlistSuggestion, type SkillsCriterion } from "./shortlisting.js";
export { openingProblems, type OpeningFacts, type OpeningProblem } from "./opening.js";
export { ballotOrder, type BallotName } from "./ballot-order.js";
export { parseTimeOfDay, ukDateTime, ukInstant } from "./uk-time.js";
// Residents' side: standing for the board, reading statements, how each system works, published results.
export { BOARD_ROLE_SECTIONS, SKILLS_QUESTIONS, SKILLS_ANSWER_MAX_CHARACTERS, STATEMENT_MAX_CHARACTERS, STATEMENT_MIN_CHARACTERS, nominationProblems, skillsAnswers, writtenStatements, type BoardRoleSection, type Nomination, type NominationProblem, type SkillsQuestion } from "./candidacy.js";
export { statementFor, type ShownStatement, type Statement } from "./statements.js";
export { HOW_IT_WORKS, ballotKind, maxCrosses, type BallotKind, type HowItWorksPoint } from "./how-it-works.js";
export { resultTable, type ResultTable, type StageCell, type StageTable, type TallyTable } from "./published-result.js";
export { SETUP_TASKS, setupTasks, type SetupFacts, type SetupTask, type TaskStatus } from "./next-steps.js";
// After voting: paper ballots, the officer's closing steps and the count as recorded.
export { paperProblems, type PaperFigures, type PaperProblem } from "./paper-reconciliation.js";
export { COUNTING_TASKS, countingTasks, type CountingFacts, type CountingTask } from "./counting-tasks.js";
export { countElection, countEngine, recountArguments, type CountEngine, type LotJson, type RecordedCount, type StvCount, type TallyCount } from "./count-method.js";
export { VERIFICATION_STEPS, verificationSteps, type VerificationFacts } from "./verification-steps.js";
export { distinctBallotName, repeatedBallotNames } from "./ballot-names.js";
