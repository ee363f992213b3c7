/**
 * Identifier shapes shared by the datasets. Which ids exist is not fixed here: chart ids come from
 * figures.json and model ids from models.json, and every reference to one is checked against
 * them once at build (cross-references.ts).
 */
import { z } from 'zod';

/** A chart id: "fig2a", "fig4-r1c2", "fig8". */
export const chartIdSchema = z.string().regex(/^fig\d+([a-z]|-r\d+c\d+)?$/);

/** A model id: kebab-case with dots ("gpt-3-13b", "lamda-2.1b"). */
export const modelIdSchema = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
