// Best Value service reviews (seed 003): the programme, Stars of Excellence, the review life cycle and its checks.
export * from "./vocabulary.js";
