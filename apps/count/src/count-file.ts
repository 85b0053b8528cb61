// Turns one input file into the JSON object hearth-count prints for it.
import {
  countApproval,
  countMeekStv,
  countPlurality,
  countScottishStv,
  formatFixed,
  parseBlt,
  parsePb,
  pbRuleOf,
  selectEqualShares,
  selectGreedy,
  stageToJson,
  type PbOutcome,
} from "@hearth/domain";
import type { Command } from "./args.js";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

type CountCommand = Exclude<Command, { kind: "help" }>;

export function countFile(command: CountCommand, file: string, bytes: Uint8Array): { [key: string]: JsonValue } {
  switch (command.kind) {
    case "stv": {
      const election = parseBlt(bytes);
      const options = command.seed === undefined ? {} : { seed: command.seed };
      const result = command.rules === "meek" ? countMeekStv(election, options) : countScottishStv(election, options);
      return {
        file,
        rules: result.rules,
        seats: result.seats,
        validVotes: result.validVotes,
        quota: formatFixed(result.quota, result.decimals),
        elected: [...result.elected],
        stages: result.stages.map((stage) => {
          const json = stageToJson(stage, result.decimals);
          return { ...json, votes: { ...json.votes } };
        }),
        seed: result.seed,
        lots: result.lots.map((lot) => ({ stage: lot.stage, among: [...lot.among], chosen: lot.chosen, draw: lot.draw })),
      };
    }
    case "plurality":
    case "approval": {
      const election = parseBlt(bytes);
      const options = { ...(command.seats === undefined ? {} : { seats: command.seats }), ...(command.seed === undefined ? {} : { seed: command.seed }) };
      const result = command.kind === "approval" ? countApproval(election, options) : countPlurality(election, options);
      return {
        file,
        method: result.method,
        seats: result.seats,
        validVotes: result.validVotes,
        votes: { ...result.votes },
        elected: [...result.elected],
        seed: result.seed,
        lots: result.lots.map((lot) => ({ among: [...lot.among], chosen: lot.chosen, draw: lot.draw })),
      };
    }
    case "pb": {
      const instance = parsePb(bytes);
      const fromFile = pbRuleOf(instance);
      const rule = command.rule ?? fromFile?.rule ?? "greedy";
      const seed = command.seed === undefined ? {} : { seed: command.seed };
      let outcome: PbOutcome;
      if (rule === "mes") {
        const completion = command.completion ?? (fromFile?.rule === "mes" ? fromFile.completion : null) ?? "add1";
        outcome = selectEqualShares(instance, { completion, ...seed });
      } else {
        // A city's minimum-support threshold belongs to its greedy rule, so it
        // is applied whenever the file states one.
        const minScore = fromFile?.minScore ?? null;
        outcome = selectGreedy(instance, {
          variant: rule === "greedy-no-skip" ? "no-skip" : "skip",
          ...(minScore === null ? {} : { minScore }),
          ...seed,
        });
      }
      return {
        file,
        rule: outcome.rule,
        completion: outcome.completion ?? "none",
        budget: formatFixed(outcome.budget, outcome.decimals),
        selected: [...outcome.selected],
        totalCost: formatFixed(outcome.totalCost, outcome.decimals),
        seed: outcome.seed,
        lots: outcome.lots.map((lot) => ({ among: [...lot.among], chosen: [...lot.chosen], draw: lot.draw })),
      };
    }
  }
}
