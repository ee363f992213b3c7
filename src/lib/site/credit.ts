/**
 * The one credit line of every chart, figure and slide (page, embed, downloads, images, .pptx,
 * decks). A module of its own so that browser code that needs only this line does not carry the
 * whole bibliography of src/lib/site/paper.ts, nor the dictionaries: callers pass the line's
 * wording, the dictionary's `credit.lead` ("Data: Wei et al. (2022), {label}, "), which build code
 * reads with t() and islands get from their page.
 */
import { fillTemplate } from '../format/template';

/** The paper's arXiv identifier (paper.ts's PAPER.arxivId; a unit test keeps the two equal). */
export const ARXIV_ID = '2206.07682';

/** The one credit line of a chart or figure, in two parts so a page can link the arXiv id: "Data: Wei et al. (2022), Figure 2A, " + "arXiv:2206.07682". */
export function creditParts(label: string, lead: string): { lead: string; arxiv: string } {
  return { lead: fillTemplate(lead, { label }), arxiv: `arXiv:${ARXIV_ID}` };
}

/** The credit line as one string. */
export function creditLine(label: string, lead: string): string {
  const { lead: text, arxiv } = creditParts(label, lead);
  return `${text}${arxiv}`;
}
