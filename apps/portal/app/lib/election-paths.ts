// Where the elections pages live, in one place for links and redirects.
const base = (reference: string) => `/elections/${encodeURIComponent(reference)}`;

export const electionPaths = {
  list: "/elections",
  election: base,
  nominate: (reference: string) => `${base(reference)}/nominate`,
  nominateForm: (reference: string) => `${base(reference)}/nominate/form`,
  nominated: (reference: string) => `${base(reference)}/nominate/done`,
  vote: (reference: string) => `${base(reference)}/vote`,
  voted: (reference: string) => `${base(reference)}/vote/done`,
  results: (reference: string) => `${base(reference)}/results`,
  receipt: (reference: string) => `${base(reference)}/receipt`,
  code: "/vote",
  codeBallot: "/vote/ballot",
  codeVoted: "/vote/done",
};
